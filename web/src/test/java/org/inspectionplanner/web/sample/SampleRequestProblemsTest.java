package org.inspectionplanner.web.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A broken body to POST /api/samples is a 400 that says what is wrong in words, not "required". */
class SampleRequestProblemsTest extends ApiTest {

    private JsonNode post400(String body) throws Exception {
        return body(mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()));
    }

    @Test
    void aDatasetIdThatIsNotANumberIsNamedAsSuch() throws Exception {
        assertThat(post400("{\"datasetId\":\"abc\"}").get("problems").get(0).asText())
                .isEqualTo("datasetId:0:0: datasetId must be a whole number: the id of a caseload dataset");
        assertThat(post400("{\"datasetId\":99999999999999999999999}").get("problems").get(0).asText())
                .contains("must be a whole number");
        assertThat(post400("{}").get("problems").get(0).asText()).endsWith("a caseload dataset id is required");
    }

    @Test
    void aDatasetOfAnotherKindIsNamedInGoodGrammar() throws Exception {
        byte[] roster = ("inspector_id,name,inspectorate,role,skills,max_cases,available_days,conflict_pdus,conflict_practitioners\n"
                + "INSP001,Ann Bee,PROBATION,Inspector,,12,,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long rosterId = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/datasets").file(new org.springframework.mock.web.MockMultipartFile("file", "roster.csv",
                        "text/csv", roster)).param("kind", "INSPECTORS").with(planner()))
                .andExpect(status().isCreated())).get("id").asLong();
        assertThat(post400("{\"datasetId\":" + rosterId + ",\"size\":5}").get("problems").get(0).asText())
                .isEqualTo("datasetId:0:0: dataset " + rosterId + " is of kind INSPECTORS; this needs a dataset of kind CASELOAD");
    }
}
