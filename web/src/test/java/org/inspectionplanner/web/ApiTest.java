package org.inspectionplanner.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The API tests' shared context: in-memory H2, the demo users, stand-ins for sampler and planners. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1",
        "inspection-planner.solve-time-limit=30s",
        "inspection-planner.parallel-solves=1",
        "inspection-planner.load-demo-data=false"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDoubles.class)
public abstract class ApiTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    protected static RequestPostProcessor planner() {
        return httpBasic("planner", "demo-planner");
    }

    protected static RequestPostProcessor teamLead() {
        return httpBasic("teamlead", "demo-teamlead");
    }

    protected static RequestPostProcessor programmeManager() {
        return httpBasic("programme", "demo-programme");
    }

    protected static RequestPostProcessor admin() {
        return httpBasic("demo-admin", "demo-admin");
    }

    protected JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    /** Uploads a valid caseload as the planner and returns its id. */
    protected long uploadCaseload(int rows) throws Exception {
        return uploadCaseload(Fixtures.caseloadCsv(rows));
    }

    /** Uploads the given caseload CSV as the planner and returns its id. */
    protected long uploadCaseload(byte[] csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "caseload.csv", "text/csv", csv);
        return body(mvc.perform(multipart("/api/datasets").file(file).param("kind", "CASELOAD").with(planner())))
                .get("id").asLong();
    }

    /** Polls a resource until its JSON satisfies the condition (or fails after the timeout). */
    protected JsonNode await(String path, RequestPostProcessor user, Predicate<JsonNode> condition, Duration timeout)
            throws Exception {
        Instant end = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(end)) {
            last = body(mvc.perform(get(path).with(user)));
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting on " + path + ": " + last);
    }
}
