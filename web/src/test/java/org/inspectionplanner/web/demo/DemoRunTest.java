package org.inspectionplanner.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.inspectionplanner.web.dataset.DatasetRepository;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The default run: the demo profile stores the demo data set on a first start, once. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-run;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDoubles.class)
class DemoRunTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DatasetRepository datasets;

    @Test
    void theDemoDataSetIsThereOnFirstStartAndNotAddedTwice() throws Exception {
        JsonNode planner = json.readTree(mvc.perform(get("/api/datasets").with(httpBasic("planner", "demo-planner")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(planner.findValuesAsText("kind")).containsExactlyInAnyOrder("CASELOAD", "INSPECTORS");
        JsonNode manager = json.readTree(mvc.perform(get("/api/datasets").with(httpBasic("programme", "demo-programme")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(manager.findValuesAsText("kind")).containsExactlyInAnyOrder("INSPECTIONS", "CAPACITY", "CALENDAR");
        long caseload = 0;
        for (JsonNode d : planner) {
            if (d.get("kind").asText().equals("CASELOAD")) {
                caseload = d.get("id").asLong();
            }
        }
        JsonNode detail = json.readTree(mvc.perform(get("/api/datasets/" + caseload).with(httpBasic("planner", "demo-planner")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(detail.get("summary").get("pdus")).hasSize(3);
        assertThat(detail.get("uploadedBy").asText()).isEqualTo("demo-data");

        long before = datasets.count();
        loader.loadIfEmpty();
        assertThat(datasets.count()).isEqualTo(before).isEqualTo(5);
    }
}
