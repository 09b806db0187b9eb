package org.inspectionplanner.web.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 15 finding 3: retention per kind, the daily deletion, an ADMIN's extension, and pages that say when. */
class RetentionTest extends ApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate db;

    @Autowired
    RetentionJob job;

    private long sample(long dataset) throws Exception {
        long id = body(mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + dataset + ",\"size\":5}")).andExpect(status().isAccepted())).get("id").asLong();
        await("/api/samples/" + id, planner(), s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(30));
        return id;
    }

    private void uploadedDaysAgo(long dataset, int days) {
        db.update("update dataset set uploaded_at = ? where id = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(days))), dataset);
    }

    private int exists(String table, long id) {
        return db.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id);
    }

    private static String date(Instant at) {
        return LocalDate.ofInstant(at, LONDON).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    @Test
    void datasetAndSamplePagesSayWhenTheyWillBeDeleted() throws Exception {
        long dataset = uploadCaseload(20);
        long sample = sample(dataset);
        Instant uploaded = db.queryForObject("select uploaded_at from dataset where id = ?", Timestamp.class, dataset).toInstant();
        String expected = date(uploaded.plus(Duration.ofDays(180)));
        String datasetPage = mvc.perform(get("/datasets/" + dataset).with(planner())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(datasetPage).contains("This dataset will be deleted on", expected, "caseloads are kept 180 days after upload",
                "/datasets/" + dataset + "/delete");
        String samplePage = mvc.perform(get("/samples/" + sample).with(planner())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(samplePage).contains("This sample will be deleted on", "/samples/" + sample + "/delete");
        // A team lead may read the sample but not delete it: no Delete button.
        String asTeamLead = mvc.perform(get("/samples/" + sample).with(teamLead())).andReturn().getResponse().getContentAsString();
        assertThat(asTeamLead).contains("will be deleted on").doesNotContain("/samples/" + sample + "/delete");
        mvc.perform(get("/api/datasets/" + dataset + "/retention").with(planner())).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(expected));
    }

    @Test
    void theDailyJobDeletesWhatExpiredAndAnAdminMayKeepADatasetLongerWithAReason() throws Exception {
        long expired = uploadCaseload(20);
        long expiredSample = sample(expired);
        long kept = uploadCaseload(21);
        long fresh = uploadCaseload(22);
        uploadedDaysAgo(expired, 181);
        uploadedDaysAgo(kept, 181);

        LocalDate until = LocalDate.now(LONDON).plusDays(30);
        // the administrator who may keep it longer may also read when it goes (no case data in the answer)
        mvc.perform(get("/api/datasets/" + kept + "/retention").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").isNotEmpty());
        mvc.perform(put("/api/datasets/" + kept + "/retention").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"keepUntil\":\"" + until + "\",\"reason\":\"appeal\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/datasets/" + kept + "/retention").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"keepUntil\":\"" + until + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].file").value("reason"));
        mvc.perform(put("/api/datasets/" + kept + "/retention").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepUntil\":\"" + until + "\",\"reason\":\"evidence for a complaint under review\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.because").value("an administrator is keeping it longer: evidence for a complaint under review"));

        RetentionJob.Run run = job.deleteExpired(Instant.now());
        assertThat(run.datasets()).isGreaterThanOrEqualTo(1);
        assertThat(exists("dataset", expired)).isZero();
        assertThat(exists("sample", expiredSample)).isZero();
        assertThat(exists("dataset", kept)).isOne();
        assertThat(exists("dataset", fresh)).isOne();
        Map<String, Object> audit = db.queryForMap("select username, detail from audit_event where action = 'EXPIRED' and target = ?",
                "dataset:" + expired);
        assertThat(audit.get("username")).isEqualTo("retention");
        assertThat((String) audit.get("detail")).contains("caseloads are kept 180 days", "samples=[" + expiredSample + "]");
        assertThat(db.queryForObject("select count(*) from audit_event where action = 'RETENTION_EXTENDED' and target = ?",
                Integer.class, "dataset:" + kept)).isOne();

        job.deleteExpired(until.plusDays(2).atStartOfDay(LONDON).toInstant());
        assertThat(exists("dataset", kept)).isZero();
    }

    @Test
    void theDeleteButtonLeadsToAConfirmationPageListingWhatWillGo() throws Exception {
        long dataset = uploadCaseload(20);
        long sample = sample(dataset);
        String confirm = mvc.perform(get("/datasets/" + dataset + "/delete").with(planner())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // What goes with it is named by what it is (issue 13 finding 3), never by number.
        assertThat(confirm).contains("Are you sure you want to delete caseload.csv?", "Samples (1)", "Sample of ",
                "drawn by planner on ", "Yes, delete", "This cannot be undone");
        mvc.perform(get("/datasets/" + dataset + "/delete").with(programmeManager())).andExpect(status().isForbidden());
        var result = mvc.perform(post("/datasets/" + dataset + "/delete").with(planner()).with(csrf()))
                .andExpect(redirectedUrl("/deleted")).andExpect(flash().attributeExists("plan")).andReturn();
        String done = mvc.perform(get("/deleted").with(planner()).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Dataset deleted", "Deleted 1 datasets, 1 samples");
        assertThat(exists("dataset", dataset)).isZero();
        assertThat(exists("sample", sample)).isZero();
    }
}
