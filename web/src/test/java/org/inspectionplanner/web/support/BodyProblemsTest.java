package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A JSON body that is broken, or has a value of the wrong type, is a 400 saying what is wrong in words. */
class BodyProblemsTest extends ApiTest {

    private JsonNode post400(String body) throws Exception {
        return body(mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()));
    }

    @Test
    void brokenJsonSaysWhereWithoutQuotingTheBody() throws Exception {
        JsonNode problem = post400("{\"datasetId\":1,\n \"pdu\": SECRET}");
        assertThat(problem.get("problems").get(0).asText()).startsWith("the body is not valid JSON (line 2, column ");
        assertThat(problem.toString()).doesNotContain("SECRET");
    }

    @Test
    void aTypedBodyOfTheWrongTypeSaysWhatTheFieldMustBe() throws Exception {
        JsonNode problem = body(mvc.perform(patch("/api/users/1").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":\"maybe\"}")).andExpect(status().isBadRequest()));
        assertThat(problem.get("problems").get(0).asText()).isEqualTo("enabled: must be true or false");
    }

    @Test
    void aPathOrQueryValueOfTheWrongTypeSaysWhatItMustBeInWords() throws Exception {
        JsonNode id = body(mvc.perform(get("/api/samples/abc").with(planner())).andExpect(status().isBadRequest()));
        assertThat(id.get("detail").asText()).isEqualTo("id: 'abc' is not valid; it must be a whole number from "
                + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".");
        JsonNode day = body(mvc.perform(get("/api/audit/export.csv").param("from", "2026-13-01").param("to", "2026-12-01")
                .with(admin())).andExpect(status().isBadRequest()));
        assertThat(day.get("detail").asText()).startsWith("from: '2026-13-01' is not valid; it must be a date as yyyy-MM-dd");
    }

    @Test
    void aParameterOutOfRangeIsNamedWithoutOurMethodName() throws Exception {
        JsonNode limit = body(mvc.perform(get("/api/audit").param("limit", "-5").with(admin()))
                .andExpect(status().isBadRequest()));
        assertThat(limit.get("problems").get(0).asText()).isEqualTo("limit: must be greater than or equal to 1");
    }
}
