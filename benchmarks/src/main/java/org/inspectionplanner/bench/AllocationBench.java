package org.inspectionplanner.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.AllocationReport.BalanceFigures;
import org.inspectionplanner.planner.allocation.AllocationPipeline;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.CaseAllocation;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.inspectionplanner.planner.allocation.GreedyAllocator;
import org.inspectionplanner.planner.allocation.PeakLoadBound;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench allocation}: the solver as the CLI and the web service run it ({@link AllocationPipeline}, with its
 * early stops) beside today's fixed-time solve (the same pipeline with no early stop) and the greedy baseline,
 * on generated instances, one run per seed (the seed draws the instance and drives the solver), in one process. The figure that matters is the peak relative load over {@link PeakLoadBound}, a proven lower
 * bound (skills, conflicts, availability and capacity respected): 1.000 means no plan placing as many cases
 * has a lower peak. Each instance ends with the median over seeds and the spread (lowest to highest).
 */
@Command(name = "allocation", mixinStandardHelpOptions = true,
        description = "Benchmark: case allocation (solver vs greedy baseline, peak over a proven bound) on generated instances.")
public final class AllocationBench implements Callable<Integer> {

    private static final LocalDate FIELDWORK_START = LocalDate.of(2026, 3, 2);

    /** name, PDUs, cases, inspectors; scarce: the roster of issue 16 (three Welsh speakers, few specialists). */
    private record Instance(String name, int pdus, int cases, int inspectors, boolean scarce) {
        GeneratedAllocation generate(long seed, AllocationParameters params) {
            return scarce ? GeneratedAllocation.scarceSkills(seed, cases, inspectors, params)
                    : GeneratedAllocation.generate(seed, pdus, cases, inspectors, params);
        }
    }

    private static final List<Instance> INSTANCES = List.of(
            new Instance("one-pdu", 1, 70, 8, false),
            new Instance("ten-pdu", 10, 700, 60, false),
            new Instance("scarce-ten-pdu", 10, 700, 60, true),
            new Instance("national", 26, 2000, 150, false));

    /** One seed's run: the greedy baseline's figures and the solve's. */
    private record Run(String what, long seed, double greedyPeak, double greedySpread, double peak, double bound,
            boolean boundForFewer, int assigned, int placeable, long hard, long soft, double rms, double spread,
            long finalPlanMillis, long totalMillis, long boundMillis, String stop, long speed) {
        double ratio() {
            return bound == 0 ? Double.NaN : peak / bound;
        }

        double greedyRatio() {
            return bound == 0 ? Double.NaN : greedyPeak / bound;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "30", description = "The pipeline's time limit in seconds, the CLI's default (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--fixed-seconds", defaultValue = "10", description = "Today's fixed-time solve (no early stop) "
            + "beside it, for this long; 0: none (default: ${DEFAULT-VALUE}).")
    double fixedSeconds;

    @Option(names = "--instances", split = ",", defaultValue = "one-pdu,ten-pdu,scarce-ten-pdu,national",
            description = "Which instances (default: ${DEFAULT-VALUE}).")
    List<String> instances;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3",
            description = "Seeds, one run each: the median and spread are over them (default: ${DEFAULT-VALUE}).")
    List<Long> seeds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds <= 0 || seeds.isEmpty()) {
            throw new IllegalArgumentException("--seconds must be positive and --seeds must list at least one seed");
        }
        out.printf(Locale.ROOT, "bench allocation: time limit %s s (fixed-time solve %s s), seeds %s, %d processors, load average %.1f"
                + " (a shared machine: times vary, hence medians and spreads)%n", fmt(seconds), fmt(fixedSeconds), seeds,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String name : instances) {
            Instance instance = INSTANCES.stream().filter(i -> i.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown instance '" + name + "'; known: "
                            + String.join(", ", INSTANCES.stream().map(Instance::name).toList())));
            out.printf(Locale.ROOT, "%n== %s: %d cases, %d PDUs, %d inspectors%s%n", instance.name(), instance.cases(),
                    instance.pdus(), instance.inspectors(), instance.scarce() ? " (3 Welsh speakers, 3 sexual-offending, 3 MAPPA)" : "");
            out.printf(Locale.ROOT, "%-8s %5s %8s %8s %8s %10s %10s %5s %7s %9s %12s %10s %10s %9s %-23s %11s%n", "run", "seed", "greedy",
                    "peak", "bound", "peak/bound", "assigned", "hard", "RMS pp", "spread pp", "soft", "final (ms)", "total (ms)", "bound ms",
                    "stop", "score calc/s");
            List<Run> runs = new ArrayList<>();
            List<Run> fixed = new ArrayList<>();
            for (long seed : seeds) {
                if (fixedSeconds > 0) {
                    Run run = run(instance, seed, false);
                    fixed.add(run);
                    print(out, run);
                }
                Run run = run(instance, seed, true);
                runs.add(run);
                print(out, run);
            }
            summary(out, runs, fixed);
            if (runs.stream().anyMatch(Run::boundForFewer)) {
                out.println("* slot clashes kept cases out that capacity would allow: the bound shown is for plans placing as many as this one");
            }
        }
        out.println();
        out.println("peak: the busiest usable inspector's weighted load over max_cases; bound: PeakLoadBound (LP relaxation with "
                + "skills, conflicts, availability and capacity, rounded to whole weight steps, tightened by small groups); "
                + "spread: highest less lowest relative load; RMS: deviation of relative loads from the ideal; "
                + "final: time to the last improvement (from the start: warm start included); total: until the solve stopped; "
                + "fixed: today's solve (the same pipeline, no early stop); greedy: the baseline (GreedyAllocator).");
        return Bench.OK;
    }

    private void print(PrintWriter out, Run run) {
        out.printf(Locale.ROOT, "%-8s %5d %8.4f %8.4f %8.4f %10.4f %10s %5d %7.2f %9.2f %12d %10d %10d %9d %-23s %,11d%n", run.what(),
                run.seed(), run.greedyPeak(), run.peak(), run.bound(), run.ratio(),
                run.assigned() + "/" + run.placeable() + (run.boundForFewer() ? "*" : ""), run.hard(),
                run.rms() * 100, run.spread() * 100, run.soft(), run.finalPlanMillis(), run.totalMillis(), run.boundMillis(), run.stop(),
                run.speed());
        out.flush();
    }

    /** The medians over the seeds, with the lowest and highest, one row per solve and the greedy baseline beside them. */
    private void summary(PrintWriter out, List<Run> runs, List<Run> fixed) {
        out.printf(Locale.ROOT, "median of %d seed(s) (lowest to highest):%n", runs.size());
        String row = "  %-12s %-30s %-26s %-26s %-28s %-28s %s%n";
        out.printf(Locale.ROOT, row, "", "peak/bound", "spread pp", "RMS pp", "final plan (ms)", "score calc/s", "stop");
        out.printf(Locale.ROOT, row, "greedy", spread(runs, Run::greedyRatio, "%.4f"), spread(runs, Run::greedySpread, "%.2f", 100),
                "", "", "", "");
        out.printf(Locale.ROOT, row, "pipeline", spread(runs, Run::ratio, "%.4f"), spread(runs, Run::spread, "%.2f", 100),
                spread(runs, Run::rms, "%.2f", 100), spread(runs, r -> r.finalPlanMillis(), "%.0f"), spread(runs, r -> r.speed(), "%.0f"),
                stops(runs));
        if (!fixed.isEmpty()) {
            out.printf(Locale.ROOT, row, "fixed " + fmt(fixedSeconds) + " s", spread(fixed, Run::ratio, "%.4f"),
                    spread(fixed, Run::spread, "%.2f", 100), spread(fixed, Run::rms, "%.2f", 100),
                    spread(fixed, r -> r.finalPlanMillis(), "%.0f"), spread(fixed, r -> r.speed(), "%.0f"), stops(fixed));
        }
        out.printf(Locale.ROOT, "  soft score: pipeline %s%s; pipeline stopped after %s ms%n", spread(runs, r -> r.soft(), "%.0f"),
                fixed.isEmpty() ? "" : ", fixed " + spread(fixed, r -> r.soft(), "%.0f"), spread(runs, r -> r.totalMillis(), "%.0f"));
    }

    /** How the runs stopped: "NO_BETTER_PLAN_POSSIBLE x2, UNIMPROVED_LIMIT x1". */
    private static String stops(List<Run> runs) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        runs.forEach(r -> counts.merge(r.stop(), 1L, Long::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).toList());
    }

    /** One solve: the pipeline as the CLI runs it, or (not early) the same with no early stop for the fixed time. */
    private Run run(Instance instance, long seed, boolean early) {
        AllocationParameters params = AllocationParameters.of(FIELDWORK_START);
        GeneratedAllocation data = instance.generate(seed, params);

        AllocationSolution greedy = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        GreedyAllocator.allocate(greedy);
        BalanceFigures greedyBalance = AllocationReport.balance(greedy);

        AllocationSolution problem = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        PeakLoadBound bound = PeakLoadBound.of(problem);
        problem.setPeakBound(bound); // the pipeline's own bound, computed here first so that its time shows apart
        Solved<AllocationSolution> result = early
                ? new AllocationPipeline().solve(problem, new SolveLimits(Duration.ofMillis(Math.round(seconds * 1000)), null, seed))
                : AllocationPipeline.withoutEarlyStop().solve(problem,
                        new SolveLimits(Duration.ofMillis(Math.round(fixedSeconds * 1000)), SolveLimits.NEVER, seed));
        AllocationSolution best = result.solution();
        SolveFigures figures = result.figures();
        int assigned = (int) best.getCases().stream().filter(CaseAllocation::isAssigned).count();
        PeakLoadBound shown = assigned < bound.placeableCases() ? PeakLoadBound.of(best, assigned) : bound;
        BalanceFigures balance = AllocationReport.balance(best);
        return new Run(early ? "pipeline" : "fixed", seed, greedyBalance.maxRelativeLoad(),
                greedyBalance.maxRelativeLoad() - greedyBalance.minRelativeLoad(), balance.maxRelativeLoad(), shown.peak(), shown != bound,
                assigned, bound.placeableCases(), best.getScore().hardScore(), best.getScore().softScore(), balance.rmsDeviation(),
                balance.maxRelativeLoad() - balance.minRelativeLoad(), figures.finalPlanMillis() == null ? 0 : figures.finalPlanMillis(),
                figures.timeSpentMillis(), bound.millis(), figures.termination().name(), figures.scoreCalculationSpeedPerSecond());
    }

    /** "median (lowest to highest)". */
    private static String spread(List<Run> runs, ToDoubleFunction<Run> value, String format) {
        return spread(runs, value, format, 1);
    }

    /** "median (lowest to highest)" of value x scale. */
    private static String spread(List<Run> runs, ToDoubleFunction<Run> value, String format, double scale) {
        List<Double> values = runs.stream().map(r -> value.applyAsDouble(r) * scale).sorted(Comparator.naturalOrder()).toList();
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return String.format(Locale.ROOT, format + " (" + format + " to " + format + ")", median, values.get(0), values.get(n - 1));
    }

    private static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
