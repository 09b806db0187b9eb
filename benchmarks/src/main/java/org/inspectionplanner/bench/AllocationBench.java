package org.inspectionplanner.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationPipeline;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.AllocationReport.BalanceFigures;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.AllocationSolverConfig;
import org.inspectionplanner.planner.allocation.BalanceBound;
import org.inspectionplanner.planner.allocation.CaseAllocation;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.inspectionplanner.planner.allocation.GreedyAllocator;
import org.inspectionplanner.planner.allocation.PeakBound;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.SolveRun;
import org.inspectionplanner.planner.solve.Solved;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench allocation}: on generated instances, in one process, the greedy baseline, today's fixed-time
 * solve (the pipeline with no early stop, read at each checkpoint) and the pipeline as the CLI and the web
 * service run it (stopping when no better plan is possible or when it stops improving), several times, with
 * the median and spread of its time to the final plan.
 * Balance is the root-mean-square deviation of relative load (weighted load over capacity) from the ideal
 * (every usable inspector at total weight over total capacity), in percentage points; its bound is 0.
 * "peak/ideal" is the highest relative load over the ideal; its bound is 1, which whole cases usually cannot
 * reach, so "peak/bound" divides by {@link PeakBound#strongest()} (the discrete and the LP bound's higher).
 */
@Command(name = "allocation", mixinStandardHelpOptions = true,
        description = "Benchmark: case allocation (greedy, a fixed-time solve, the pipeline with its early stops) on generated instances.")
public final class AllocationBench implements Callable<Integer> {

    private static final LocalDate FIELDWORK_START = LocalDate.of(2026, 3, 2);

    /** name, PDUs, cases, inspectors */
    private record Instance(String name, int pdus, int cases, int inspectors) {
    }

    private static final List<Instance> INSTANCES = List.of(
            new Instance("one-pdu", 1, 70, 8),
            new Instance("ten-pdu", 10, 700, 60),
            new Instance("national", 26, 2000, 150));

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", split = ",", defaultValue = "10,30",
            description = "Checkpoints in seconds of the fixed-time solve, which runs to the last (default: ${DEFAULT-VALUE}).")
    List<Double> seconds;

    @Option(names = "--instances", split = ",", defaultValue = "one-pdu,ten-pdu,national",
            description = "Which instances (default: ${DEFAULT-VALUE}).")
    List<String> instances;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for data and solver (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of the pipeline per instance (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--time-limit", defaultValue = "30", description = "The pipeline's time limit in seconds, "
            + "as the CLI's default (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Double> checkpoints = seconds.stream().sorted().toList();
        if (checkpoints.isEmpty() || checkpoints.get(0) <= 0 || runs < 1 || timeLimit <= 0) {
            throw new IllegalArgumentException("--seconds must list positive numbers; --runs and --time-limit must be positive");
        }
        out.printf(Locale.ROOT, "bench allocation: seed %d, checkpoints %s s, pipeline %d runs with a %s s limit, %d processors,"
                + " load average %.1f (a shared machine: times vary from run to run, hence medians and ranges)%n", seed, checkpoints,
                runs, fmt(timeLimit), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String name : instances) {
            Instance instance = INSTANCES.stream().filter(i -> i.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown instance '" + name + "'; known: one-pdu, ten-pdu, national"));
            run(instance, checkpoints, out);
            out.flush();
        }
        return Bench.OK;
    }

    private void run(Instance instance, List<Double> checkpoints, PrintWriter out) {
        AllocationParameters params = AllocationParameters.of(FIELDWORK_START);
        GeneratedAllocation data = GeneratedAllocation.generate(seed, instance.pdus(), instance.cases(), instance.inspectors(), params);
        Function<Void, AllocationSolution> fresh = v -> AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());

        // Greedy baseline.
        AllocationSolution greedyProblem = fresh.apply(null);
        long t0 = System.nanoTime();
        GreedyAllocator.allocate(greedyProblem);
        double greedyMillis = (System.nanoTime() - t0) / 1e6;
        AllocationReport greedyReport = AllocationReport.of(greedyProblem, SolveFigures.none());

        // Today's solve: the same pipeline without its early stops (no bound, no unimproved limit), to the last checkpoint.
        AllocationSolution problem = fresh.apply(null);
        long b0 = System.nanoTime();
        double bound = PeakBound.strongest().lowestPeak(problem);
        long boundMillis = (System.nanoTime() - b0) / 1_000_000;
        Duration limit = Duration.ofMillis(Math.round(checkpoints.get(checkpoints.size() - 1) * 1000));
        TreeMap<Long, AllocationSolution> bestByTime = new TreeMap<>();
        AllocationPipeline fixedTime = new AllocationPipeline(p -> 0.0);
        SolveRun<AllocationSolution> run = fixedTime.start(problem, new SolveLimits(limit, SolveLimits.NEVER, seed));
        // Every best plan the solver hands over is its own copy; the warm start's is the problem itself, which the
        // solver goes on changing, so it is left out (construction's plan follows it at once).
        run.onBestPlan((millis, plan) -> {
            if (plan != problem) {
                bestByTime.put(millis, plan);
            }
        });
        run.prepare();
        Solver<AllocationSolution> solver = SolverFactory.<AllocationSolution>create(run.solverConfig()).buildSolver();
        run.attach(solver);
        AllocationSolution today = solver.solve(problem);
        run.repair(today);
        SolveFigures todayFigures = run.finish(null);

        out.printf(Locale.ROOT, "%n== %s: %d cases, %d PDUs, %d inspectors, %d slots; construction %s; ideal relative load %.4f%n",
                instance.name(), data.cases().size(), instance.pdus(), data.inspectors().size(), problem.getSlots().size(),
                AllocationSolverConfig.Construction.forProblem(problem), problem.getIdealRelativeLoad());

        // The pipeline as the CLI runs it, several times.
        List<Solved<AllocationSolution>> pipelineRuns = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            pipelineRuns.add(new AllocationPipeline().solve(fresh.apply(null),
                    new SolveLimits(Duration.ofMillis(Math.round(timeLimit * 1000)), null, seed)));
        }
        Solved<AllocationSolution> median = pipelineRuns.stream()
                .sorted(java.util.Comparator.comparingLong(s -> s.figures().timeSpentMillis())).toList().get(runs / 2);

        out.printf(Locale.ROOT, "%-28s %14s", "", "greedy");
        for (double c : checkpoints) {
            out.printf(Locale.ROOT, " %14s", "fixed@" + fmt(c) + "s");
        }
        out.printf(Locale.ROOT, " %14s %14s%n", "pipeline*", "bound");
        List<AllocationSolution> columns = new ArrayList<>();
        for (double c : checkpoints) {
            var entry = bestByTime.floorEntry(Math.round(c * 1000));
            columns.add(entry == null ? null : entry.getValue());
        }
        columns.add(median.solution());
        row(out, "assigned cases", count(greedyProblem), columns.stream().map(s -> s == null ? "-" : count(s)).toList(),
                String.valueOf(data.cases().size()));
        row(out, "hard score", String.valueOf(greedyReport.score().hard()),
                columns.stream().map(s -> s == null ? "-" : String.valueOf(s.getScore().hardScore())).toList(), "0");
        BalanceFigures g = greedyReport.balance();
        List<BalanceFigures> balances = columns.stream().map(s -> s == null ? null : AllocationReport.balance(s)).toList();
        row(out, "balance: RMS deviation (pp)", pp(g.rmsDeviation()),
                balances.stream().map(b -> b == null ? "-" : pp(b.rmsDeviation())).toList(), "0.00");
        row(out, "balance: peak/ideal", String.format(Locale.ROOT, "%.4f", g.maxOverIdeal()),
                balances.stream().map(b -> b == null ? "-" : String.format(Locale.ROOT, "%.4f", b.maxOverIdeal())).toList(), "1.0000");
        row(out, "balance: peak/bound", String.format(Locale.ROOT, "%.4f", g.maxRelativeLoad() / bound),
                columns.stream().map(s -> s == null ? "-" : String.format(Locale.ROOT, "%.4f", AllocationPipeline.peakRelativeLoad(s) / bound)).toList(),
                "1.0000");
        row(out, "soft score", String.valueOf(greedyReport.score().soft()),
                columns.stream().map(s -> s == null ? "-" : String.valueOf(s.getScore().softScore())).toList(), "-");
        out.printf(Locale.ROOT, "  * the pipeline run with the median stop time of %d; soft scores of all runs: %s%n", runs,
                pipelineRuns.stream().map(s -> String.valueOf(s.solution().getScore().softScore())).toList());
        out.printf(Locale.ROOT, "bounds: ideal relative load %.4f; peak bound %.4f = %.4f x ideal (discrete %.4f; computed in %d ms)%n",
                problem.getIdealRelativeLoad(), bound, bound / problem.getIdealRelativeLoad(),
                BalanceBound.discretePeakLowerBound(problem), boundMillis);
        out.printf(Locale.ROOT, "greedy: %.1f ms%n", greedyMillis);
        out.printf(Locale.ROOT, "fixed %s s (today's solve): final plan at %s, stopped at %d ms (%s); %,d score calculations/s%n",
                fmt(checkpoints.get(checkpoints.size() - 1)), millis(todayFigures.finalPlanMillis()), todayFigures.timeSpentMillis(),
                todayFigures.termination(), todayFigures.scoreCalculationSpeedPerSecond());
        out.printf(Locale.ROOT, "pipeline (%d runs, %s s limit): final plan at %s, stopped at %s; stopped by %s%n", runs, fmt(timeLimit),
                Stats.of(pipelineRuns.stream().map(s -> s.figures().finalPlanMillis() == null ? 0 : s.figures().finalPlanMillis()).toList()),
                Stats.of(pipelineRuns.stream().map(s -> s.figures().timeSpentMillis()).toList()),
                pipelineRuns.stream().map(s -> s.figures().termination().name()).toList());
    }

    /** Median and range of some milliseconds. */
    record Stats(long median, long min, long max) {
        static Stats of(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Stats(median, sorted.get(0), sorted.get(n - 1));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %d ms [%d-%d]", median, min, max);
        }
    }

    private static String millis(Long ms) {
        return ms == null ? "-" : ms + " ms";
    }

    private static void row(PrintWriter out, String label, String greedy, List<String> solver, String bound) {
        out.printf(Locale.ROOT, "%-28s %14s", label, greedy);
        solver.forEach(s -> out.printf(Locale.ROOT, " %14s", s));
        out.printf(Locale.ROOT, " %14s%n", bound);
    }

    private static String count(AllocationSolution s) {
        return String.valueOf(s.getCases().stream().filter(CaseAllocation::isAssigned).count());
    }

    private static String pp(double fraction) {
        return String.format(Locale.ROOT, "%.2f", fraction * 100);
    }

    private static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
