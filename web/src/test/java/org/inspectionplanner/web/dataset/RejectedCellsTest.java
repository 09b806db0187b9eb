package org.inspectionplanner.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.inspectionplanner.web.ApiTest;
import org.inspectionplanner.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A rejected upload quotes the offending cells so the person can find them. A cell holding markup or a spreadsheet
 * formula, and a file name holding markup, are quoted as text on the page (escaped), inside JSON in the API (with
 * nosniff, so no browser reads it as HTML), and shortened: a runaway cell or name cannot flood either.
 */
class RejectedCellsTest extends ApiTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String FORMULA = "=cmd|' /C calc'!A0";
    private static final String RUNAWAY = "x".repeat(300);
    private static final String FILE_NAME = "<img src=x onerror=alert(2)>" + "n".repeat(500) + ".csv";

    /** The fixture caseload with markup (and 300 more characters) as a sentence type and a formula as a gender. */
    private static byte[] poisonedCsv() {
        String[] lines = new String(Fixtures.caseloadCsv(4), StandardCharsets.UTF_8).split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        String[] second = lines[1].split(",", -1);
        second[header.indexOf("sentence_type")] = SCRIPT + RUNAWAY;
        lines[1] = String.join(",", second);
        String[] third = lines[2].split(",", -1);
        third[header.indexOf("gender")] = FORMULA;
        lines[2] = String.join(",", third);
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theApiQuotesTheCellsAsJsonTextShortened() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/datasets")
                .file(new MockMultipartFile("file", FILE_NAME, "text/csv", poisonedCsv())).param("kind", "CASELOAD").with(planner()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problems = json.readTree(response.getContentAsString()).get("problems");
        List<String> texts = new java.util.ArrayList<>();
        problems.forEach(p -> texts.add(p.asText()));
        assertThat(texts).anySatisfy(p -> assertThat(p).contains("'" + SCRIPT + "xxx").contains("...'"))
                .anySatisfy(p -> assertThat(p).contains("'" + FORMULA + "'"))
                .allSatisfy(p -> assertThat(p).hasSizeLessThan(400).doesNotContain(RUNAWAY).doesNotContain("n".repeat(300)));
    }

    @Test
    void theUploadPageShowsTheCellsAndTheFileNameAsEscapedTextShortened() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/datasets")
                .file(new MockMultipartFile("file", FILE_NAME, "text/csv", poisonedCsv())).param("kind", "CASELOAD")
                .with(planner()).with(csrf())).andReturn().getResponse();
        String html = response.getContentAsString();
        assertThat(html).contains("Every problem found")
                .doesNotContain(SCRIPT).doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;xxx").contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("=cmd|&#39; /C calc&#39;!A0")
                .doesNotContain(RUNAWAY).doesNotContain("n".repeat(300));
    }
}
