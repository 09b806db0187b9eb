package org.inspectionplanner.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;

class AuditApiTest extends ApiTest {

    @Test
    void adminsReadWhoUploadedAndWhoFailedToSignIn() throws Exception {
        long dataset = uploadCaseload(3);
        mvc.perform(get("/api/me").with(httpBasic("teamlead", "not-the-password"))).andExpect(status().isUnauthorized());

        JsonNode uploads = body(mvc.perform(get("/api/audit").param("action", "UPLOAD").with(admin())).andExpect(status().isOk()));
        assertThat(uploads.findValuesAsText("target")).contains("dataset:" + dataset);
        assertThat(uploads.get(0).get("username").asText()).isEqualTo("planner");

        JsonNode failures = body(mvc.perform(get("/api/audit").param("action", "LOGIN_FAILURE").with(admin())));
        assertThat(failures.findValuesAsText("username")).contains("teamlead");
        // The attempted password never reaches the log.
        assertThat(failures.toString()).doesNotContain("not-the-password");
    }

    @Test
    void onlyAdminsReadTheAuditLog() throws Exception {
        mvc.perform(get("/api/audit").with(planner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(teamLead())).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(programmeManager())).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").param("limit", "0").with(admin())).andExpect(status().isBadRequest());
    }
}
