package org.inspectionplanner.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 12's chain through the API on the demo data: a programme manager schedules, a planner draws
 * the schedule's samples in one request, a team lead allocates one, and every role that reads the
 * programme sees each inspection's chain (status only).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:chain;DB_CLOSE_DELAY=-1",
        "inspection-planner.solve-time-limit=4s"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleChainApiTest {

    private static final RequestPostProcessor PLANNER = httpBasic("planner", "demo-planner");
    private static final RequestPostProcessor TEAM_LEAD = httpBasic("teamlead", "demo-teamlead");
    private static final RequestPostProcessor MANAGER = httpBasic("programme", "demo-programme");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    long scheduleId;
    long demoCaseload;
    List<Long> sampleIds = new ArrayList<>();

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    private long datasetId(RequestPostProcessor user, String kind) throws Exception {
        for (JsonNode d : body(mvc.perform(get("/api/datasets").with(user)))) {
            if (d.get("kind").asText().equals(kind)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " dataset");
    }

    private JsonNode await(String path, RequestPostProcessor user, Predicate<JsonNode> condition) throws Exception {
        Instant end = Instant.now().plusSeconds(120);
        JsonNode last = null;
        while (Instant.now().isBefore(end)) {
            last = body(mvc.perform(get(path).with(user)));
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out on " + path + ": " + last);
    }

    private ResultActions draw(RequestPostProcessor user, String body) throws Exception {
        return mvc.perform(post("/api/schedules/" + scheduleId + "/samples").with(user)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    @Order(1)
    void aFinishedScheduleDrawsOneSamplePerInspectionPdu() throws Exception {
        String request = "{\"inspectionsDatasetId\":" + datasetId(MANAGER, "INSPECTIONS") + ",\"capacityDatasetId\":"
                + datasetId(MANAGER, "CAPACITY") + ",\"calendarDatasetId\":" + datasetId(MANAGER, "CALENDAR") + "}";
        scheduleId = body(mvc.perform(post("/api/schedules").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                .content(request)).andExpect(status().isAccepted())).get("id").asLong();
        // while it solves, its plan may still change: 409
        draw(PLANNER, "{\"datasetId\":" + datasetId(PLANNER, "CASELOAD") + ",\"method\":\"pdu-cohort\"}")
                .andExpect(status().is4xxClientError());
        await("/api/schedules/" + scheduleId, MANAGER, j -> j.get("status").asText().equals("FINISHED"));
        String plan = mvc.perform(get("/api/schedules/" + scheduleId + "/files/fieldwork-plan.csv").with(MANAGER))
                .andReturn().getResponse().getContentAsString();
        List<String> rows = plan.lines().skip(1).toList();
        assertThat(rows).isNotEmpty();

        demoCaseload = datasetId(PLANNER, "CASELOAD"); // the only one yet: the demo caseload
        JsonNode drawn = body(draw(PLANNER, "{\"datasetId\":" + demoCaseload
                + ",\"method\":\"pdu-cohort\",\"options\":{\"seed\":7}}").andExpect(status().isAccepted()));
        assertThat(drawn.get("scheduleId").asLong()).isEqualTo(scheduleId);
        drawn.get("sampleIds").forEach(id -> sampleIds.add(id.asLong()));
        assertThat(sampleIds).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", -1);
            JsonNode sample = await("/api/samples/" + sampleIds.get(i), PLANNER,
                    s -> !s.get("status").asText().matches("QUEUED|RUNNING"));
            assertThat(sample.get("status").asText()).as(sample.toString()).isEqualTo("DONE");
            assertThat(sample.get("inspectionId").asText()).isEqualTo(cells[0]);
            assertThat(sample.get("parameters").get("pdu").asText()).isEqualTo(cells[1]);
            assertThat(sample.get("fieldworkStart").asText()).isEqualTo(cells[2]);
            assertThat(sample.get("scheduleId").asLong()).isEqualTo(scheduleId);
            assertThat(sample.get("seed").asLong()).isEqualTo(7L);
        }
    }

    @Test
    @Order(2)
    void badDrawRequestsAre4xxNamingTheProblem() throws Exception {
        long caseload = demoCaseload;
        assertThat(body(draw(PLANNER, "{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"sede\":7}")
                .andExpect(status().isBadRequest())).get("problems").get(0).asText()).contains("unknown field 'sede'");
        assertThat(body(draw(PLANNER, "{\"method\":\"pdu-cohort\",\"options\":{\"targetSize\":0}}")
                .andExpect(status().isBadRequest())).get("problems").toString())
                .contains("datasetId: must not be null").contains("options.targetSize: must be greater than 0");
        assertThat(body(draw(PLANNER, "{\"datasetId\":" + caseload + ",\"method\":\"guesswork\"}")
                .andExpect(status().isBadRequest())).get("problems").get(0).asText()).contains("guesswork");
        assertThat(body(draw(PLANNER, "{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"inspectionIds\":[\"NOPE\"]}")
                .andExpect(status().isBadRequest())).get("problems").get(0).asText()).contains("NOPE");
        assertThat(body(draw(PLANNER, "{\"datasetId\":\"seven\",\"method\":\"pdu-cohort\"}")
                .andExpect(status().isBadRequest())).get("problems").get(0).asText()).contains("datasetId");
        draw(MANAGER, "{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\"}").andExpect(status().isForbidden());
        // the programme given as the caseload: a 400 naming the kind, not the 403 of a kind planners may not read
        assertThat(body(draw(PLANNER, "{\"datasetId\":" + datasetId(MANAGER, "INSPECTIONS") + ",\"method\":\"pdu-cohort\"}")
                .andExpect(status().isBadRequest())).get("problems").get(0).asText())
                .contains("is of kind INSPECTIONS; this needs a dataset of kind CASELOAD");

        // The job requests are typed too: an unknown field or a broken constraint is a 400 naming it.
        assertThat(body(mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sampleId\":1,\"rosterDatasetId\":2,\"dayz\":3}")).andExpect(status().isBadRequest()))
                .get("problems").get(0).asText()).contains("unknown field 'dayz'").contains("days");
        assertThat(body(mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sampleId\":1,\"rosterDatasetId\":2,\"days\":9}")).andExpect(status().isBadRequest()))
                .get("problems").get(0).asText()).contains("days must be less than or equal to 5");
        assertThat(body(mvc.perform(post("/api/schedules").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"inspectionsDatasetId\":1,\"capacityDatasetId\":2,\"from\":\"next week\"}"))
                .andExpect(status().isBadRequest())).get("problems").get(0).asText()).contains("from");
        assertThat(body(mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"fieldworkStart\":\"2026-01-05\","
                        + "\"margin\":2}")).andExpect(status().isBadRequest())).get("problems").get(0).asText())
                .contains("margin must be less than 1");

        // A caseload that lacks the schedule's PDUs: every unknown PDU named with its inspection, nothing drawn.
        int before = body(mvc.perform(get("/api/samples").with(PLANNER))).size();
        String other = "case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth,gender\n"
                + "C1,P1,Nowhere,N1,LICENCE,2025-06-02,1990-01-01,MALE\n";
        long otherId = body(mvc.perform(multipart("/api/datasets").file(new MockMultipartFile("file", "other.csv",
                "text/csv", other.getBytes())).param("kind", "CASELOAD").with(PLANNER))
                .andExpect(status().isCreated())).get("id").asLong();
        JsonNode problem = body(draw(PLANNER, "{\"datasetId\":" + otherId + ",\"method\":\"pdu-cohort\"}")
                .andExpect(status().isBadRequest()));
        assertThat(problem.get("problems").get(0).asText()).contains("fieldwork-plan.csv:2:2: inspection '")
                .contains("is not in the caseload other.csv; the closest PDU names there are 'Nowhere'");
        assertThat(body(mvc.perform(get("/api/samples").with(PLANNER))).size()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void eachInspectionShowsItsChainAndAnAllocationCompletesIt() throws Exception {
        JsonNode chains = body(mvc.perform(get("/api/schedules/" + scheduleId + "/inspections").with(MANAGER))
                .andExpect(status().isOk()));
        JsonNode sampled = null;
        for (JsonNode c : chains) {
            if (c.get("samples").isEmpty()) {
                assertThat(c.get("sampleStep").asText()).isEqualTo("NOT_NEEDED");
            } else if (c.get("fieldworkStart") != null) {
                assertThat(c.get("sampleStep").asText()).as(c.toString()).isEqualTo("DONE");
                assertThat(c.get("allocationStep").asText()).isEqualTo("NOT_STARTED");
                sampled = sampled == null ? c : sampled;
            }
        }
        assertThat(sampled).as("an inspection with a sample").isNotNull();
        String inspection = sampled.get("inspectionId").asText();
        JsonNode step = sampled.get("samples").get(0);
        assertThat(step.get("size").asInt()).isPositive();
        // The programme manager sees the status, never the cases.
        mvc.perform(get("/api/samples/" + step.get("sampleId").asLong()).with(MANAGER)).andExpect(status().isForbidden());

        String request = "{\"sampleId\":" + step.get("sampleId").asLong() + ",\"rosterDatasetId\":"
                + datasetId(TEAM_LEAD, "INSPECTORS") + "}";
        long allocation = body(mvc.perform(post("/api/allocations").with(TEAM_LEAD)
                .contentType(MediaType.APPLICATION_JSON).content(request)).andExpect(status().isAccepted())).get("id").asLong();
        await("/api/allocations/" + allocation, TEAM_LEAD, j -> j.get("status").asText().equals("FINISHED"));
        for (JsonNode s : sampled.get("samples")) {
            if (s.get("sampleId").asLong() != step.get("sampleId").asLong()) {
                mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sampleId\":" + s.get("sampleId").asLong() + ",\"rosterDatasetId\":"
                                + datasetId(TEAM_LEAD, "INSPECTORS") + "}")).andExpect(status().isAccepted());
            }
        }
        JsonNode chain = await("/api/schedules/" + scheduleId + "/inspections/" + inspection, PLANNER,
                c -> c.get("allocationStep").asText().equals("DONE"));
        JsonNode allocated = chain.get("samples").get(0).get("allocation");
        assertThat(allocated.get("allocationId").asLong()).isEqualTo(allocation);
        assertThat(allocated.get("unassigned").asInt()).isBetween(0, step.get("size").asInt());
        assertThat(chain.get("scheduleStep").asText()).isEqualTo("DONE");
        mvc.perform(get("/api/schedules/" + scheduleId + "/inspections/NOPE").with(TEAM_LEAD))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(4)
    void oneInspectionIsDrawnAgainAndItsNewestSampleCounts() throws Exception {
        JsonNode chains = body(mvc.perform(get("/api/schedules/" + scheduleId + "/inspections").with(PLANNER)));
        JsonNode target = null;
        for (JsonNode c : chains) {
            if (c.get("samples").size() > 0 && c.get("fieldworkStart") != null) {
                target = c;
            }
        }
        assertThat(target).isNotNull();
        String inspection = target.get("inspectionId").asText();
        JsonNode drawn = body(draw(PLANNER, "{\"datasetId\":" + demoCaseload
                + ",\"method\":\"pdu-cohort\",\"inspectionIds\":[\"" + inspection + "\"]}").andExpect(status().isAccepted()));
        assertThat(drawn.get("sampleIds")).hasSize(target.get("samples").size());
        long newest = drawn.get("sampleIds").get(0).asLong();
        JsonNode chain = await("/api/schedules/" + scheduleId + "/inspections/" + inspection, PLANNER,
                c -> c.get("sampleStep").asText().equals("DONE") && c.get("samples").get(0).get("sampleId").asLong() == newest);
        assertThat(chain.get("samples").get(0).has("allocation")).as("the new sample is not yet allocated").isFalse();
    }
}
