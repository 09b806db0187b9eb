package org.inspectionplanner.web.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.planner.solve.PlanningPipeline;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveRun;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.PlanningKind;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A stand-in planning kind for the web tests of the job machinery (store, stop, pin, restart),
 * solving {@link TinyPlan}. Request: {@code rows} (1..2000). Rows are {@code r0, r1, ...}.
 */
public class TinyPlanningKind implements PlanningKind<TinyPlan> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JobKind kind;
    private final String csvName;

    public TinyPlanningKind(JobKind kind) {
        this.kind = kind;
        this.csvName = kind == JobKind.ALLOCATION ? "allocation.csv" : "schedule.csv";
    }

    @Override
    public JobKind kind() {
        return kind;
    }

    /** Solves to the time limit unless stopped; its start heuristic sleeps for the request's prepareMillis. */
    private static final class TinyPipeline extends PlanningPipeline<TinyPlan> {
        @Override
        public SolverConfig baseConfig() {
            return new SolverConfig().withSolutionClass(TinyPlan.class).withEntityClasses(TinyRow.class)
                    .withConstraintProviderClass(TinyConstraints.class);
        }

        @Override
        protected void prepare(TinyPlan problem, SolveRun<TinyPlan> run) {
            if (problem.prepareMillis == 0) {
                return;
            }
            PREPARING.incrementAndGet();
            try {
                Thread.sleep(problem.prepareMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                PREPARING.decrementAndGet();
            }
        }
    }

    private final TinyPipeline pipeline = new TinyPipeline();

    @Override
    public PlanningPipeline<TinyPlan> pipeline() {
        return pipeline;
    }

    @Override
    public TinyPlan problem(ObjectNode request) {
        int rows = request.path("rows").asInt(0);
        if (rows < 1 || rows > 2000) {
            throw new InvalidInputException("request", "rows must be from 1 to 2000");
        }
        Random random = new Random(rows);
        List<TinyRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new TinyRow("r" + i, random.nextInt(rows)));
        }
        TinyPlan plan = new TinyPlan(IntStream.range(0, rows).boxed().toList(), list);
        plan.prepareMillis = request.path("prepareMillis").asLong(0);
        return plan;
    }

    /** How many stand-in start heuristics are running now. */
    public static final java.util.concurrent.atomic.AtomicInteger PREPARING = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public byte[] writePlan(TinyPlan plan) {
        try {
            return JSON.writeValueAsBytes(Map.of("slots", plan.slots, "rows", plan.rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TinyPlan resume(ObjectNode request, byte[] plan, Set<String> pinnedRowIds) {
        return withPins(readPlan(plan), pinnedRowIds);
    }

    TinyPlan readPlan(byte[] plan) {
        try {
            return JSON.readValue(plan, TinyPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> rowIds(byte[] plan) {
        return readPlan(plan).rows.stream().map(r -> r.id).collect(Collectors.toSet());
    }

    TinyPlan withPins(TinyPlan plan, Set<String> pinnedRowIds) {
        plan.rows.forEach(r -> r.pinned = pinnedRowIds.contains(r.id) && r.slot != null);
        return plan;
    }

    @Override
    public String score(TinyPlan plan) {
        return plan.score == null ? null : plan.score.toString();
    }

    @Override
    public Map<String, byte[]> outputs(TinyPlan plan, SolveFigures figures) {
        StringBuilder csv = new StringBuilder();
        CsvOutput out = CsvOutput.to(csv).row("row_id", "slot", "pinned");
        plan.rows.forEach(r -> out.row(r.id, r.slot == null ? "" : r.slot.toString(), String.valueOf(r.pinned)));
        out.flush();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(csvName, csv.toString().getBytes(StandardCharsets.UTF_8));
        files.put("report.json", ("{\"score\":\"" + score(plan) + "\",\"termination\":\"" + figures.termination()
                + "\",\"time_spent_millis\":" + figures.timeSpentMillis() + "}").getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
