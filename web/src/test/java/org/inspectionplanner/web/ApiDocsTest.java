package org.inspectionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /v3/api-docs describes every JSON request body as a named schema with its fields (so a client can
 * be generated from it), and every JSON answer with a schema.
 */
@ActiveProfiles("demo") // the demo users and data exist only under the explicit demo profile
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:apidocs;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyRequestBodyAndResponseHasASchema() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("planner", "demo-planner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        JsonNode schemas = docs.path("components").path("schemas");
        Map<String, String> bodies = Map.of(
                "post /api/samples", "CreateSampleRequest",
                "post /api/allocations", "AllocationRequest",
                "post /api/schedules", "ScheduleRequest",
                "post /api/schedules/{id}/samples", "DrawSamplesRequest");
        bodies.forEach((operation, schema) -> {
            String[] parts = operation.split(" ");
            JsonNode body = docs.path("paths").path(parts[1]).path(parts[0]).path("requestBody");
            assertThat(body.path("content").path("application/json").path("schema").path("$ref").asText())
                    .as(operation).isEqualTo("#/components/schemas/" + schema);
            assertThat(schemas.path(schema).path("properties").size()).as(schema).isGreaterThan(1);
        });
        assertThat(schemas.path("DrawSamplesRequest").path("required").toString()).contains("datasetId", "method");
        assertThat(schemas.path("SampleOptions").path("properties").has("targetSize")).isTrue();

        List<String> missing = new ArrayList<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode requestBody = op.getValue().path("requestBody").path("content");
            requestBody.fields().forEachRemaining(c -> {
                JsonNode schema = c.getValue().path("schema");
                if (schema.path("$ref").isMissingNode() && schema.path("properties").isMissingNode()
                        && !c.getKey().startsWith("multipart/")) {
                    missing.add(op.getKey() + " " + path.getKey() + " request " + c.getKey());
                }
            });
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2")) {
                    r.getValue().path("content").fields().forEachRemaining(c -> {
                        if (c.getValue().path("schema").isMissingNode()) {
                            missing.add(op.getKey() + " " + path.getKey() + " response " + r.getKey());
                        }
                    });
                }
            });
        }));
        assertThat(missing).as("operations without a schema").isEmpty();
    }
}
