package org.inspectionplanner.web.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.web.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CLI's synchronous run and the web service's SolverManager job go through the same planning
 * pipeline: the same sample and roster, allocated both ways with the same minute-long limit, stop for
 * the same kind of reason well before it (no better plan possible, or no improvement; never the time
 * limit), record the same steps and report the same figures.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:onepipeline;DB_CLOSE_DELAY=-1",
        "inspection-planner.solve-time-limit=60s"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class OnePipelineTest {

    private static final RequestPostProcessor PLANNER = httpBasic("planner", "demo-planner");
    private static final RequestPostProcessor TEAM_LEAD = httpBasic("teamlead", "demo-teamlead");
    private static final List<String> EARLY = List.of("NO_BETTER_PLAN_POSSIBLE", "UNIMPROVED_LIMIT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
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

    private long datasetId(RequestPostProcessor user, String kind) throws Exception {
        for (JsonNode d : body(mvc.perform(get("/api/datasets").with(user)))) {
            if (d.get("kind").asText().equals(kind)) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " dataset");
    }

    private static List<String> steps(JsonNode solver) {
        List<String> steps = new ArrayList<>();
        solver.get("best_score_over_time").forEach(b -> {
            if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(b.get("step").asText())) {
                steps.add(b.get("step").asText());
            }
        });
        return steps;
    }

    @Test
    void theCliAndAWebJobAllocateThroughTheSamePipeline(@TempDir Path dir) throws Exception {
        DemoData.PlannedFieldwork fieldwork = DemoData.small().fieldworkPlan().get(0);
        long sample = body(mvc.perform(post("/api/samples").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + datasetId(PLANNER, "CASELOAD") + ",\"method\":\"pdu-cohort\",\"pdu\":\""
                        + fieldwork.pdu() + "\",\"fieldworkStart\":\"" + fieldwork.fieldworkStart() + "\",\"seed\":7}"))
                .andExpect(status().isAccepted())).get("id").asLong();
        await("/api/samples/" + sample, PLANNER, s -> s.get("status").asText().equals("DONE"));

        // The web service's job.
        long job = body(mvc.perform(post("/api/allocations").with(TEAM_LEAD).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sampleId\":" + sample + ",\"rosterDatasetId\":" + datasetId(TEAM_LEAD, "INSPECTORS") + "}"))
                .andExpect(status().isAccepted())).get("id").asLong();
        await("/api/allocations/" + job, TEAM_LEAD, j -> j.get("status").asText().equals("FINISHED") && !j.get("live").asBoolean());
        JsonNode web = json.readTree(mvc.perform(get("/api/allocations/" + job + "/files/report.json").with(TEAM_LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        // The CLI on the same sample and roster.
        Path sampleCsv = dir.resolve("sample.csv");
        Files.write(sampleCsv, mvc.perform(get("/api/samples/" + sample + "/files/sample.csv").with(PLANNER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        Path roster = dir.resolve("inspectors.csv");
        RosterCsv.write(new Roster("inspectors.csv", List.of(), DemoData.small().inspectors()), roster);
        int exit = Cli.newCommandLine().execute("allocate", "--sample", sampleCsv.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", fieldwork.fieldworkStart().toString(), "--out", dir.resolve("out").toString(),
                "--time-limit", "60s");
        assertThat(exit).isZero();
        JsonNode cli = json.readTree(dir.resolve("out").resolve("report.json").toFile());

        for (JsonNode report : List.of(web, cli)) {
            JsonNode solver = report.get("solver");
            assertThat(solver.get("termination").asText()).as(solver.toString()).isIn(EARLY);
            assertThat(solver.get("time_spent_millis").asLong()).isLessThan(60_000);
            assertThat(solver.get("final_plan_millis").asLong()).isLessThanOrEqualTo(solver.get("time_spent_millis").asLong());
            // the pipeline's greedy warm start, then the solver's phases
            assertThat(steps(solver)).as(solver.toString()).startsWith("warm start");
            assertThat(solver.get("score_calculation_speed_per_second").asLong()).isPositive();
        }
        assertThat(web.get("score").get("total_cases").asInt()).isEqualTo(cli.get("score").get("total_cases").asInt());
        assertThat(web.get("score").get("assigned_cases").asInt()).isEqualTo(cli.get("score").get("assigned_cases").asInt());
        if (web.at("/solver/termination").asText().equals("NO_BETTER_PLAN_POSSIBLE")
                && cli.at("/solver/termination").asText().equals("NO_BETTER_PLAN_POSSIBLE")) {
            // both at the bound: the same peak
            assertThat(web.at("/balance/max_relative_load").asDouble()).isEqualTo(cli.at("/balance/max_relative_load").asDouble());
        }
    }
}
