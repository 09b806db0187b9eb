package org.inspectionplanner.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.inspectionplanner.web.ApiTest;
import org.inspectionplanner.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 14, finding 7: the same file uploaded twice says it is identical to the first dataset. */
class IdenticalUploadTest extends ApiTest {

    private JsonNode upload(String name, byte[] csv) throws Exception {
        return body(mvc.perform(multipart("/api/datasets").file(new MockMultipartFile("file", name, "text/csv", csv))
                .param("kind", "CASELOAD").with(planner())).andExpect(status().isCreated()));
    }

    @Test
    void theSecondUploadOfTheSameBytesNamesTheFirstDataset() throws Exception {
        byte[] csv = new String(Fixtures.caseloadCsv(12), StandardCharsets.UTF_8)
                .replace("Office 1", "Office " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        JsonNode first = upload("march.csv", csv);
        assertThat(first.has("identicalTo")).isFalse();
        JsonNode second = upload("march-again.csv", csv);
        long firstId = first.get("id").asLong();
        assertThat(second.get("identicalTo").asLong()).isEqualTo(firstId);
        assertThat(second.get("notice").asText()).startsWith("The file is identical to dataset " + firstId + " (march.csv, uploaded by planner on ");
        mvc.perform(get("/api/datasets/" + second.get("id").asLong()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"identicalTo\":" + firstId)));
        mvc.perform(get("/datasets/" + second.get("id").asLong()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This file is identical to")));
        // Another file is not identical to anything.
        JsonNode other = upload("other.csv", new String(csv, StandardCharsets.UTF_8).replace("North PDU", "East PDU")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(other.has("identicalTo")).isFalse();
    }
}
