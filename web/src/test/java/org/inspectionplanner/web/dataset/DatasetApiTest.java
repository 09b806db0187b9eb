package org.inspectionplanner.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.inspectionplanner.web.ApiTest;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.Sha256;
import org.inspectionplanner.web.files.StoredFileRepository;
import org.inspectionplanner.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class DatasetApiTest extends ApiTest {

    @Autowired
    DatasetRepository datasets;

    @Autowired
    StoredFileRepository storedFiles;

    @Autowired
    FileStore fileStore;

    @Test
    void aPlannerUploadsACaseloadAndReadsItsSummary() throws Exception {
        byte[] csv = Fixtures.caseloadCsv(30);
        JsonNode created = body(mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "caseload.csv", "text/csv", csv))
                        .param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/datasets/\\d+"))));
        long id = created.get("id").asLong();
        assertThat(created.get("sha256").asText()).isEqualTo(Sha256.hex(csv));
        assertThat(created.get("uploadedBy").asText()).isEqualTo("planner");

        mvc.perform(get("/api/datasets/" + id).with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CASELOAD"))
                .andExpect(jsonPath("$.rows").value(30))
                .andExpect(jsonPath("$.summary.rows").value(30))
                .andExpect(jsonPath("$.summary.pdus[0]").value("North PDU"))
                .andExpect(jsonPath("$.summary.pdus[1]").value("South PDU"))
                .andExpect(jsonPath("$.summary.firstDate").value("2025-01-06"))
                .andExpect(jsonPath("$.summary.lastDate").value("2025-02-04"))
                // practitioner_id is left empty on every 4th case: rows 0, 4, ..., 28 = 8 rows
                .andExpect(jsonPath("$.summary.missingByColumn.practitioner_id").value(8))
                .andExpect(jsonPath("$.summary.missingByColumn.case_id").value(0));

        mvc.perform(get("/api/datasets").with(teamLead()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("caseload.csv"));
        assertThat(fileStore.get(FileOwner.DATASET, id, "source").orElseThrow().getContent()).isEqualTo(csv);
    }

    @Test
    void aBadFileIsA400ListingEachProblemWithItsLineAndColumnAndNothingIsStored() throws Exception {
        long datasetsBefore = datasets.count();
        long filesBefore = storedFiles.count();
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", Fixtures.badCaseloadCsv()))
                        .param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("bad.csv:4:8: ")))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].column").value(8))
                .andExpect(jsonPath("$.trace").doesNotExist());
        assertThat(datasets.count()).isEqualTo(datasetsBefore);
        assertThat(storedFiles.count()).isEqualTo(filesBefore);
    }

    @Test
    void aFileThatIsNotACaseloadIsRejectedWithTheMissingColumns() throws Exception {
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("x.csv:1:")));
    }

    @Test
    void aMalformedLongListJsonIsA400WithItsPosition() throws Exception {
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "list.json", "application/json",
                                "[{\"crn\": \"X1\",}".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.matchesPattern("list\\.json:1:\\d+: .*")));
    }

    @Test
    void anUnknownKindOrAMissingFileIsA400() throws Exception {
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", Fixtures.caseloadCsv(2)))
                        .param("kind", "PEOPLE").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/api/datasets").param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachKindIsReadByItsOwnReaderAndUploadedByItsOwnRole() throws Exception {
        org.inspectionplanner.data.demo.DemoData demo = org.inspectionplanner.data.demo.DemoData.small();
        StringBuilder roster = new StringBuilder();
        org.inspectionplanner.data.io.RosterCsv.write(
                new org.inspectionplanner.data.roster.Roster("r.csv", java.util.List.of(), demo.inspectors()), roster);
        StringBuilder inspections = new StringBuilder();
        org.inspectionplanner.data.io.InspectionsCsv.write(demo.programme().inspections(), inspections);
        StringBuilder capacity = new StringBuilder();
        org.inspectionplanner.data.io.CapacityCsv.write(demo.programme().capacity(), capacity);
        StringBuilder calendar = new StringBuilder();
        org.inspectionplanner.data.io.CalendarCsv.write(demo.programme().calendar(), calendar);

        mvc.perform(multipart("/api/datasets").file(file("roster.csv", roster)).param("kind", "INSPECTORS").with(teamLead()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rows").value(demo.inspectors().size()));
        mvc.perform(multipart("/api/datasets").file(file("inspections.csv", inspections)).param("kind", "INSPECTIONS")
                        .with(programmeManager()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(demo.programme().inspections().size()))
                .andExpect(jsonPath("$.summary.firstDate").exists());
        mvc.perform(multipart("/api/datasets").file(file("capacity.csv", capacity)).param("kind", "CAPACITY")
                .with(programmeManager())).andExpect(status().isCreated());
        mvc.perform(multipart("/api/datasets").file(file("calendar.csv", calendar)).param("kind", "CALENDAR")
                .with(programmeManager())).andExpect(status().isCreated());
        // A roster is not a caseload: the caseload reader names what is missing.
        mvc.perform(multipart("/api/datasets").file(file("roster.csv", roster)).param("kind", "CASELOAD").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("roster.csv:1:")));
        mvc.perform(multipart("/api/datasets").file(file("inspections.csv", inspections)).param("kind", "INSPECTIONS")
                .with(planner())).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/datasets").file(file("inspections.csv", inspections)).param("kind", "INSPECTIONS")
                .with(teamLead())).andExpect(status().isForbidden());
    }

    private static MockMultipartFile file(String name, CharSequence content) {
        return new MockMultipartFile("file", name, "text/csv", content.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownDatasetIsA404() throws Exception {
        mvc.perform(get("/api/datasets/999999").with(planner()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rolesMayOnlyUploadAndReadTheirKinds() throws Exception {
        long id = uploadCaseload(5);
        // A programme manager never sees case-level data: no caseload upload, read or listing.
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", Fixtures.caseloadCsv(2)))
                        .param("kind", "CASELOAD").with(programmeManager()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/datasets/" + id).with(programmeManager())).andExpect(status().isForbidden());
        JsonNode visible = body(mvc.perform(get("/api/datasets").with(programmeManager())).andExpect(status().isOk()));
        visible.forEach(d -> assertThat(d.get("kind").asText()).isNotEqualTo("CASELOAD"));
        // A team lead reads caseloads but does not upload them.
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", Fixtures.caseloadCsv(2)))
                        .param("kind", "CASELOAD").with(teamLead()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/datasets/" + id).with(teamLead())).andExpect(status().isOk());
        // ADMIN manages users and the audit log, not data.
        mvc.perform(get("/api/datasets").with(admin())).andExpect(status().isForbidden());
        mvc.perform(get("/api/datasets/" + id).with(admin())).andExpect(status().isForbidden());
    }

    @Test
    void unauthenticatedCallsAre401ProblemsNotRedirects() throws Exception {
        mvc.perform(get("/api/datasets")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        mvc.perform(get("/api/datasets/1")).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/datasets")
                        .file(new MockMultipartFile("file", "c.csv", "text/csv", Fixtures.caseloadCsv(2)))
                        .param("kind", "CASELOAD"))
                .andExpect(status().isUnauthorized());
    }
}
