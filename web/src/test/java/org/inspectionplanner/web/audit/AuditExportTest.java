package org.inspectionplanner.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 15: the audit log as CSV for ADMIN, by date, formulas neutralised. */
class AuditExportTest extends ApiTest {

    private String export(String query) throws Exception {
        MvcResult started = mvc.perform(get("/api/audit/export.csv" + query).with(admin())).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void exportsTheDaysEntriesWithFormulasNeutralised() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("=1+2*cmd", "wrong"))).andExpect(status().isUnauthorized());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String csv = export("?from=" + today + "&to=" + today);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("id", "occurred_at", "username", "action", "target", "detail");
        assertThat(rows).anyMatch(r -> r.get(2).equals("'=1+2*cmd") && r.get(3).equals("LOGIN_FAILURE"));
        assertThat(csv).doesNotContain(",=1+2");

        String yesterday = export("?from=" + today.minusDays(3) + "&to=" + today.minusDays(1));
        assertThat(CSVFormat.DEFAULT.parse(new StringReader(yesterday)).getRecords()).hasSize(1); // the header only
    }

    @Test
    void onlyAdminsExportAndTheDatesMustBeInOrder() throws Exception {
        mvc.perform(get("/api/audit/export.csv?from=2026-01-01&to=2026-01-31").with(planner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/export.csv?from=2026-02-01&to=2026-01-01").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/export.csv?from=yesterday&to=2026-01-01").with(admin())).andExpect(status().isBadRequest());
    }
}
