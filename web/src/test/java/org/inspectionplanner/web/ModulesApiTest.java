package org.inspectionplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectionplanner.data.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The real sampler and planners behind the API, on the demo data set the default run loads: a
 * planner samples a PDU, a team lead allocates the sample, pins a case and solves on, a programme
 * manager schedules the programme, pins an inspection and solves on.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:modules;DB_CLOSE_DELAY=-1",
        "inspection-planner.solve-time-limit=4s"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ModulesApiTest {

    private static final RequestPostProcessor PLANNER = httpBasic("planner", "demo-planner");
    private static final RequestPostProcessor TEAM_LEAD = httpBasic("teamlead", "demo-teamlead");
    private static final RequestPostProcessor MANAGER = httpBasic("programme", "demo-programme");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

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
        Instant end = Instant.now().plusSeconds(90);
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

    private String text(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long sample() throws Exception {
        DemoData.PlannedFieldwork fieldwork = DemoData.small().fieldworkPlan().get(0);
        String request = "{\"datasetId\":" + datasetId(PLANNER, "CASELOAD") + ",\"method\":\"pdu-cohort\",\"pdu\":\""
                + fieldwork.pdu() + "\",\"fieldworkStart\":\"" + fieldwork.fieldworkStart() + "\",\"seed\":7}";
        long id = body(mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted())).get("id").asLong();
        JsonNode done = await("/api/samples/" + id, PLANNER, s -> !s.get("status").asText().matches("QUEUED|RUNNING"));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("DONE");
        return id;
    }

    @Test
    void aPlannerSamplesAPduOfTheDemoCaseload() throws Exception {
        long id = sample();
        JsonNode sample = body(mvc.perform(get("/api/samples/" + id).with(TEAM_LEAD)));
        assertThat(sample.get("seed").asLong()).isEqualTo(7L);
        assertThat(sample.get("summary").get("selected").asInt()).isPositive();
        String csv = text("/api/samples/" + id + "/files/sample.csv", PLANNER);
        assertThat(csv.lines().count() - 1).isEqualTo(sample.get("summary").get("selected").asLong());
        JsonNode report = json.readTree(text("/api/samples/" + id + "/files/report.json", PLANNER));
        assertThat(report.get("seed").asLong()).isEqualTo(7L);
        text("/api/samples/" + id + "/files/exclusions.csv", PLANNER);
        text("/api/samples/" + id + "/files/reserves.csv", PLANNER);
        byte[] xlsx = mvc.perform(get("/api/samples/" + id + "/files/sample.xlsx").with(PLANNER))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheet("sample").getLastRowNum()).isEqualTo(csv.lines().count() - 1);
        }
    }

    @Test
    void badSamplerParametersAreA400NamingThem() throws Exception {
        long caseload = datasetId(PLANNER, "CASELOAD");
        mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + caseload + ",\"method\":\"guesswork\",\"fieldworkStart\":\"2025-06-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("guesswork")));
        mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"fieldworkStart\":\"2025-06-02\",\"sizee\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("sizee")));
        mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"fieldworkStart\":\"2025-06-03\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("Monday")));
    }

    @Test
    void aTeamLeadAllocatesTheSamplePinsACaseAndSolvesOn() throws Exception {
        long sample = sample();
        String request = "{\"sampleId\":" + sample + ",\"rosterDatasetId\":" + datasetId(TEAM_LEAD, "INSPECTORS") + "}";
        long id = body(mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted())).get("id").asLong();
        JsonNode done = await("/api/allocations/" + id, TEAM_LEAD, j -> j.get("status").asText().equals("FINISHED"));
        assertThat(done.get("bestScore").asText()).isNotEmpty();
        String plan = text("/api/allocations/" + id + "/files/allocation.csv", TEAM_LEAD);
        String assigned = plan.lines().skip(1).filter(l -> !l.split(",", -1)[1].isEmpty()).findFirst().orElseThrow();
        String caseId = assigned.split(",", -1)[0];
        String inspector = assigned.split(",", -1)[1];
        JsonNode solver = json.readTree(text("/api/allocations/" + id + "/files/report.json", TEAM_LEAD)).get("solver");
        assertThat(solver.get("termination").asText()).as(solver.toString()).matches("TIME_LIMIT|UNIMPROVED_LIMIT|NO_BETTER_PLAN_POSSIBLE");
        assertThat(solver.get("time_spent_millis").asLong()).isPositive();
        assertThat(solver.get("score_calculation_speed_per_second").asLong()).isPositive();
        assertThat(solver.get("best_score_over_time")).isNotEmpty();
        assertThat(json.readTree(text("/api/allocations/" + id + "/files/report.json", TEAM_LEAD)).get("score")
                .get("assigned_cases").asInt()).isPositive();

        mvc.perform(put("/api/allocations/" + id + "/pins/" + caseId).with(TEAM_LEAD)).andExpect(status().isOk());
        mvc.perform(post("/api/allocations/" + id + "/solver").with(TEAM_LEAD)).andExpect(status().isAccepted());
        await("/api/allocations/" + id, TEAM_LEAD, j -> j.get("status").asText().equals("FINISHED") && !j.get("live").asBoolean());
        String replanned = text("/api/allocations/" + id + "/files/allocation.csv", TEAM_LEAD);
        String row = replanned.lines().filter(l -> l.startsWith(caseId + ",")).findFirst().orElseThrow();
        assertThat(row.split(",", -1)[1]).isEqualTo(inspector);
        assertThat(row).contains(",true,");

        mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sampleId\":" + sample + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("rosterDatasetId")));
    }

    /** What the CLI (the programme pipeline) leaves unscheduled on the demo programme, with the web's defaults. */
    private static int cliUnscheduled(Duration limit) {
        org.inspectionplanner.data.demo.Programme programme = DemoData.small().programme();
        java.time.LocalDate from = programme.inspections().stream().map(org.inspectionplanner.data.programme.Inspection::earliestStart)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).orElseThrow()
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        var problem = org.inspectionplanner.planner.programme.ProgrammeProblem.create(programme.inspections(), programme.capacity(),
                programme.calendar(), org.inspectionplanner.planner.programme.ProgrammeParameters.of(from, from.plusWeeks(51), from),
                java.util.List.of());
        var solved = new org.inspectionplanner.planner.programme.ProgrammePipeline().solve(problem,
                org.inspectionplanner.planner.solve.SolveLimits.of(limit)).solution();
        return (int) solved.getInspections().stream().filter(i -> !i.isScheduled()).count();
    }

    @Test
    void aProgrammeManagerSchedulesTheDemoProgramme() throws Exception {
        String request = "{\"inspectionsDatasetId\":" + datasetId(MANAGER, "INSPECTIONS") + ",\"capacityDatasetId\":"
                + datasetId(MANAGER, "CAPACITY") + ",\"calendarDatasetId\":" + datasetId(MANAGER, "CALENDAR") + "}";
        long id = body(mvc.perform(post("/api/schedules").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted())).get("id").asLong();
        JsonNode done = await("/api/schedules/" + id, MANAGER, j -> j.get("status").asText().equals("FINISHED"));
        assertThat(done.get("bestScore").asText()).isNotEmpty();
        String schedule = text("/api/schedules/" + id + "/files/schedule.csv", MANAGER);
        assertThat(schedule.lines().count() - 1).isEqualTo(DemoData.small().programme().inspections().size());
        text("/api/schedules/" + id + "/files/fieldwork-plan.csv", MANAGER);
        JsonNode report = json.readTree(text("/api/schedules/" + id + "/files/report.json", MANAGER));
        JsonNode solver = report.get("solver");
        assertThat(solver.get("termination").asText()).as(solver.toString()).matches("TIME_LIMIT|UNIMPROVED_LIMIT|NO_BETTER_PLAN_POSSIBLE");
        assertThat(solver.get("time_spent_millis").asLong()).isPositive();
        assertThat(solver.get("score_calculation_speed_per_second").asLong()).isPositive();
        assertThat(solver.get("best_score_over_time")).isNotEmpty();
        // the planner's own start (warm start, then ruin and recreate) as the CLI path has it
        assertThat(report.get("counts").get("unscheduled").asInt()).as(report.get("counts").toString())
                .isLessThanOrEqualTo(cliUnscheduled(Duration.ofSeconds(4)));
        assertThat(text("/api/schedules/" + id + "/files/fieldwork.ics", MANAGER)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");

        int startColumn = java.util.Arrays.asList(schedule.lines().findFirst().orElseThrow().split(",")).indexOf("fieldwork_start");
        assertThat(startColumn).isPositive();
        String scheduled = schedule.lines().skip(1).filter(l -> !l.split(",", -1)[startColumn].isEmpty()).findFirst().orElseThrow();
        String inspection = scheduled.split(",", -1)[0];
        String start = scheduled.split(",", -1)[startColumn];
        mvc.perform(put("/api/schedules/" + id + "/pins/" + inspection).with(MANAGER)).andExpect(status().isOk());
        mvc.perform(post("/api/schedules/" + id + "/solver").with(MANAGER)).andExpect(status().isAccepted());
        await("/api/schedules/" + id, MANAGER, j -> j.get("status").asText().equals("FINISHED") && !j.get("live").asBoolean());
        String replanned = text("/api/schedules/" + id + "/files/schedule.csv", MANAGER);
        String row = replanned.lines().filter(l -> l.startsWith(inspection + ",")).findFirst().orElseThrow();
        assertThat(row.split(",", -1)[startColumn]).isEqualTo(start);
        int pinnedColumn = java.util.Arrays.asList(replanned.lines().findFirst().orElseThrow().split(",")).indexOf("pinned");
        assertThat(row.split(",", -1)[pinnedColumn]).isEqualTo("true");
        // team leads and planners read schedules (no case rows) to allocate and draw from them, never steer them
        mvc.perform(get("/api/schedules/" + id).with(TEAM_LEAD)).andExpect(status().isOk());
        mvc.perform(put("/api/schedules/" + id + "/pins/" + inspection).with(TEAM_LEAD)).andExpect(status().isForbidden());
        mvc.perform(post("/api/schedules/" + id + "/solver").with(PLANNER)).andExpect(status().isForbidden());
    }

    /** The shared checks of sampler and planner name the JSON fields over the API, not the CLI's options. */
    @Test
    void parameterProblemsNameTheJsonFieldsNotTheCommandLineOptions() throws Exception {
        long caseload = datasetId(PLANNER, "CASELOAD");
        JsonNode sample = body(mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + caseload + ",\"method\":\"pdu-cohort\",\"pdu\":\"Leeds\","
                        + "\"fieldworkStart\":\"2026-01-05\",\"targetSize\":10,\"confidence\":0.9,\"margin\":0.1}"))
                .andExpect(status().isBadRequest()));
        assertThat(sample.get("problems").get(0).asText())
                .endsWith("give either targetSize or confidence/margin, not both");
        String schedule = "{\"inspectionsDatasetId\":" + datasetId(MANAGER, "INSPECTIONS") + ",\"capacityDatasetId\":"
                + datasetId(MANAGER, "CAPACITY") + ",\"calendarDatasetId\":" + datasetId(MANAGER, "CALENDAR")
                + ",\"from\":\"2026-12-28\",\"to\":\"2026-01-05\"}";
        JsonNode problem = body(mvc.perform(post("/api/schedules").with(MANAGER).contentType(MediaType.APPLICATION_JSON)
                .content(schedule)).andExpect(status().isBadRequest()));
        assertThat(problem.get("problems").get(0).asText()).endsWith("to 2026-01-05 is before from 2026-12-28")
                .doesNotContain("--");
    }
}
