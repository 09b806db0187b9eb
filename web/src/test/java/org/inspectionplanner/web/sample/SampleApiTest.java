package org.inspectionplanner.web.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SampleApiTest extends ApiTest {

    private String request(long datasetId, int size) {
        return "{\"datasetId\":" + datasetId + ",\"size\":" + size + "}";
    }

    private long createSample(long datasetId, int size) throws Exception {
        JsonNode created = body(mvc.perform(post("/api/samples").with(planner())
                        .contentType(MediaType.APPLICATION_JSON).content(request(datasetId, size)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/samples/\\d+"))));
        return created.get("id").asLong();
    }

    @Test
    void aPlannerDrawsASampleAndDownloadsEveryFile() throws Exception {
        long dataset = uploadCaseload(20);
        long id = createSample(dataset, 5);
        JsonNode done = await("/api/samples/" + id, planner(), s -> !s.get("status").asText().matches("QUEUED|RUNNING"),
                Duration.ofSeconds(30));
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("seed").asLong()).isEqualTo(42L);
        assertThat(done.get("parameters").get("size").asInt()).isEqualTo(5);
        assertThat(done.get("files")).hasSize(5);

        String sampleCsv = mvc.perform(get("/api/samples/" + id + "/files/sample.csv").with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sampleCsv.split("\r\n")).hasSize(6);
        // The formula-like office value is neutralised in the download.
        assertThat(sampleCsv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        for (String name : new String[] {"reserves.csv", "exclusions.csv", "report.json"}) {
            mvc.perform(get("/api/samples/" + id + "/files/" + name).with(teamLead())).andExpect(status().isOk());
        }
        byte[] xlsx = mvc.perform(get("/api/samples/" + id + "/files/sample.xlsx").with(planner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheet("sample").getLastRowNum()).isEqualTo(5);
            assertThat(workbook.getSheet("reserves").getLastRowNum()).isEqualTo(15);
            assertThat(workbook.getSheet("report").getRow(1).getCell(0).getStringCellValue()).isEqualTo("size");
        }
        mvc.perform(get("/api/samples").with(teamLead())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("DONE"));
    }

    @Test
    void badParametersAreA400AtOnceAndNothingIsQueued() throws Exception {
        long dataset = uploadCaseload(3);
        int before = body(mvc.perform(get("/api/samples").with(planner()))).size();
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content(request(dataset, 0)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("size")));
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content("{\"size\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("datasetId:")));
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        // a body is read to its end: a second value after the request is refused, not dropped
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON)
                        .content(request(dataset, 2) + " {\"size\": 3}"))
                .andExpect(status().isBadRequest());
        assertThat(body(mvc.perform(get("/api/samples").with(planner()))).size()).isEqualTo(before);
    }

    @Test
    void aSampleTheCaseloadCannotGiveFailsWithTheSamplersReason() throws Exception {
        long dataset = uploadCaseload(3);
        long id = createSample(dataset, 50);
        JsonNode failed = await("/api/samples/" + id, planner(), s -> s.get("status").asText().equals("FAILED"),
                Duration.ofSeconds(30));
        assertThat(failed.get("problems").get(0).asText()).contains("more than the 3 cases");
        mvc.perform(get("/api/samples/" + id + "/files/sample.csv").with(planner())).andExpect(status().isNotFound());
    }

    @Test
    void unknownSamplesAndFilesAre404() throws Exception {
        mvc.perform(get("/api/samples/999999").with(planner())).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/samples/999999/files/sample.csv").with(planner())).andExpect(status().isNotFound());
        mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content(request(999999, 2)))
                .andExpect(status().isNotFound());
        long dataset = uploadCaseload(4);
        long id = createSample(dataset, 2);
        await("/api/samples/" + id, planner(), s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(30));
        mvc.perform(get("/api/samples/" + id + "/files/plan.json").with(planner())).andExpect(status().isNotFound());
    }

    @Test
    void onlyPlannersCreateSamplesAndProgrammeManagersNeverSeeThem() throws Exception {
        long dataset = uploadCaseload(4);
        mvc.perform(post("/api/samples").with(teamLead()).contentType(MediaType.APPLICATION_JSON).content(request(dataset, 2)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/samples").with(programmeManager()).contentType(MediaType.APPLICATION_JSON).content(request(dataset, 2)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/samples").with(admin()).contentType(MediaType.APPLICATION_JSON).content(request(dataset, 2)))
                .andExpect(status().isForbidden());
        long id = createSample(dataset, 2);
        for (String path : new String[] {"/api/samples", "/api/samples/" + id, "/api/samples/" + id + "/files/sample.csv"}) {
            mvc.perform(get(path).with(programmeManager())).andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get(path).with(admin())).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/samples").contentType(MediaType.APPLICATION_JSON).content(request(dataset, 2)))
                .andExpect(status().isUnauthorized());
    }
}
