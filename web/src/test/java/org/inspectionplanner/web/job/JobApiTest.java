package org.inspectionplanner.web.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.inspectionplanner.web.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The solving-job resources, for both kinds: the same shape under /api/allocations and /api/schedules. */
class JobApiTest extends ApiTest {

    private RequestPostProcessor owner(String path) {
        return path.equals("/api/allocations") ? teamLead() : programmeManager();
    }

    private long start(String path, int rows) throws Exception {
        return body(mvc.perform(post(path).with(owner(path)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\":" + rows + "}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(path + "/\\d+"))))
                .get("id").asLong();
    }

    @ParameterizedTest
    @CsvSource({"/api/allocations,allocation.csv", "/api/schedules,schedule.csv"})
    void solveStopPinAndSolveOnKeepingThePin(String path, String csv) throws Exception {
        long id = start(path, 300);
        JsonNode solving = await(path + "/" + id, owner(path), j -> j.get("improvements").asInt() > 0, Duration.ofSeconds(60));
        assertThat(solving.get("bestScore").asText()).isNotEmpty();

        // Pinning while it solves is refused.
        mvc.perform(put(path + "/" + id + "/pins/r7").with(owner(path))).andExpect(status().isConflict());

        JsonNode stopped = body(mvc.perform(delete(path + "/" + id + "/solver").with(owner(path))).andExpect(status().isOk()));
        assertThat(stopped.get("status").asText()).isIn("STOPPED", "SOLVING");
        JsonNode done = await(path + "/" + id, owner(path), j -> j.get("status").asText().equals("STOPPED"), Duration.ofSeconds(30));
        assertThat(done.get("live").asBoolean()).isFalse();

        String plan = mvc.perform(get(path + "/" + id + "/files/" + csv).with(owner(path))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String r7Line = plan.lines().filter(l -> l.startsWith("r7,")).findFirst().orElseThrow();
        mvc.perform(get(path + "/" + id + "/files/report.json").with(owner(path))).andExpect(status().isOk());
        mvc.perform(get(path + "/" + id + "/files/plan").with(owner(path))).andExpect(status().isNotFound());

        mvc.perform(put(path + "/" + id + "/pins/r7").with(owner(path))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pins[0]").value("r7"));
        mvc.perform(put(path + "/" + id + "/pins/r9").with(owner(path))).andExpect(status().isOk());
        mvc.perform(delete(path + "/" + id + "/pins/r9").with(owner(path))).andExpect(status().isOk())
                .andExpect(jsonPath("$.pins.length()").value(1));
        mvc.perform(put(path + "/" + id + "/pins/no-such-row").with(owner(path))).andExpect(status().isNotFound());

        mvc.perform(post(path + "/" + id + "/solver").with(owner(path))).andExpect(status().isAccepted());
        await(path + "/" + id, owner(path), j -> j.get("status").asText().equals("SOLVING"), Duration.ofSeconds(60));
        mvc.perform(delete(path + "/" + id + "/solver").with(owner(path))).andExpect(status().isOk());
        await(path + "/" + id, owner(path), j -> j.get("status").asText().equals("STOPPED"), Duration.ofSeconds(30));
        String replanned = mvc.perform(get(path + "/" + id + "/files/" + csv).with(owner(path)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String slot = r7Line.split(",")[1];
        assertThat(replanned.lines()).contains("r7," + slot + ",true");
    }

    /** A stop while the kind's start heuristic runs still ends the solve at once (the solver forgets earlier stops). */
    @org.junit.jupiter.api.Test
    void aStopDuringTheStartHeuristicEndsTheJob() throws Exception {
        String path = "/api/schedules";
        long id = body(mvc.perform(post(path).with(owner(path)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\":50,\"prepareMillis\":3000}"))
                .andExpect(status().isAccepted())).get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (org.inspectionplanner.web.testing.TinyPlanningKind.PREPARING.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(org.inspectionplanner.web.testing.TinyPlanningKind.PREPARING.get()).isPositive();
        long before = System.nanoTime();
        mvc.perform(delete(path + "/" + id + "/solver").with(owner(path))).andExpect(status().isOk());
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("the stop does not wait for the start heuristic")
                .isLessThan(Duration.ofMillis(1500));
        await(path + "/" + id, owner(path), j -> j.get("status").asText().equals("STOPPED") && !j.get("live").asBoolean(),
                Duration.ofSeconds(20));
        JsonNode report = json.readTree(mvc.perform(get(path + "/" + id + "/files/report.json").with(owner(path)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(report.get("termination").asText()).isEqualTo("STOPPED_BY_USER");
        assertThat(report.get("time_spent_millis").asLong()).as("well before the 30 s limit").isLessThan(15_000);
    }

    @org.junit.jupiter.api.Test
    void furtherJobsQueueWhileTheSolversAreBusy() throws Exception {
        String path = "/api/allocations"; // this context allows one solve at a time per kind
        long first = start(path, 300);
        await(path + "/" + first, teamLead(), j -> j.get("improvements").asInt() > 0, Duration.ofSeconds(60));
        long second = start(path, 300);
        long third = start(path, 300);
        Thread.sleep(1000);
        JsonNode waiting = body(mvc.perform(get(path + "/" + second).with(teamLead())));
        assertThat(waiting.get("status").asText()).isEqualTo("QUEUED");
        assertThat(waiting.get("live").asBoolean()).isTrue();
        assertThat(waiting.get("improvements").asInt()).isZero();

        // A queued job stopped before it starts never solves.
        assertThat(body(mvc.perform(delete(path + "/" + third + "/solver").with(teamLead()))).get("status").asText())
                .isEqualTo("STOPPED");
        mvc.perform(delete(path + "/" + first + "/solver").with(teamLead())).andExpect(status().isOk());
        await(path + "/" + second, teamLead(), j -> j.get("status").asText().equals("SOLVING"), Duration.ofSeconds(60));
        mvc.perform(delete(path + "/" + second + "/solver").with(teamLead())).andExpect(status().isOk());
        await(path + "/" + second, teamLead(), j -> j.get("status").asText().equals("STOPPED"), Duration.ofSeconds(30));
        JsonNode never = body(mvc.perform(get(path + "/" + third).with(teamLead())));
        assertThat(never.get("status").asText()).isEqualTo("STOPPED");
        assertThat(never.get("improvements").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"/api/allocations", "/api/schedules"})
    void badRequestsUnknownJobsAndWrongRoles(String path) throws Exception {
        mvc.perform(post(path).with(owner(path)).contentType(MediaType.APPLICATION_JSON).content("{\"rows\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.containsString("rows")));
        for (String p : new String[] {path + "/999999", path + "/999999/files/report.json"}) {
            mvc.perform(get(p).with(owner(path))).andExpect(status().isNotFound());
        }
        mvc.perform(delete(path + "/999999/solver").with(owner(path))).andExpect(status().isNotFound());
        mvc.perform(put(path + "/999999/pins/r1").with(owner(path))).andExpect(status().isNotFound());

        long id = start(path, 5);
        RequestPostProcessor[] others = path.equals("/api/allocations")
                ? new RequestPostProcessor[] {planner(), programmeManager(), admin()}
                : new RequestPostProcessor[] {planner(), teamLead(), admin()};
        for (RequestPostProcessor other : others) {
            // planners and team leads read schedules (no case rows) to draw and allocate their samples
            boolean reads = path.equals("/api/schedules") && other != others[2];
            mvc.perform(get(path).with(other)).andExpect(reads ? status().isOk() : status().isForbidden());
            mvc.perform(get(path + "/" + id).with(other)).andExpect(reads ? status().isOk() : status().isForbidden());
            mvc.perform(post(path).with(other).contentType(MediaType.APPLICATION_JSON).content("{\"rows\":5}"))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(path + "/" + id + "/solver").with(other)).andExpect(status().isForbidden());
            mvc.perform(put(path + "/" + id + "/pins/r1").with(other)).andExpect(status().isForbidden());
            mvc.perform(get(path + "/" + id + "/files/report.json").with(other))
                    .andExpect(reads ? r -> org.assertj.core.api.Assertions.assertThat(r.getResponse().getStatus())
                            .as("a report, or none yet").isIn(200, 404) : status().isForbidden());
        }
        mvc.perform(get(path + "/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(delete(path + "/" + id + "/solver")).andExpect(status().isUnauthorized());
        mvc.perform(delete(path + "/" + id + "/solver").with(owner(path))).andExpect(status().isOk());
    }
}
