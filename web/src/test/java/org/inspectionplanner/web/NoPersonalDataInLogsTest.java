package org.inspectionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.inspectionplanner.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Case rows and personal fields never reach the log: not on upload, rejection, sampling or download. */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest extends ApiTest {

    @Test
    void nothingFromACaseRowIsLogged(CapturedOutput output) throws Exception {
        long dataset = uploadCaseload(12);
        mvc.perform(multipart("/api/datasets").file(new MockMultipartFile("file", "bad.csv", "text/csv", Fixtures.badCaseloadCsv()))
                .param("kind", "CASELOAD").with(planner())).andExpect(status().isBadRequest());
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + dataset + ",\"size\":4")).andExpect(status().isBadRequest());
        long id = body(mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + dataset + ",\"size\":4}"))).get("id").asLong();
        await("/api/samples/" + id, planner(), s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(30));
        mvc.perform(get("/api/samples/" + id + "/files/sample.csv").with(planner())).andExpect(status().isOk());

        assertThat(output.getAll())
                .doesNotContain("C1000", "P5000", "P5003", "HYPERLINK", "2025-13-45", "Office 1", "North PDU");
    }
}
