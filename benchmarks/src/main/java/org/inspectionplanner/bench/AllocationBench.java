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
import org.inspectionplanner.planner.allocation.AllocationResult;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.AllocationSolver;
import org.inspectionplanner.planner.allocation.CaseAllocation;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.inspectionplanner.planner.allocation.GreedyAllocator;
import org.inspectionplanner.planner.allocation.PeakLoadBound;
import org.inspectionplanner.planner.allocation.SolverFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench allocation}: the solver as the CLI runs it ({@link AllocationSolver#solve}) against the greedy
 * baseline, on generated instances, one run per seed (the seed draws the instance and drives the solver), in
 * one process. The figure that matters is the peak relative load over {@link PeakLoadBound}, a proven lower
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

    /** One seed's run. */
    private record Run(long seed, double greedyPeak, double peak, double bound, boolean boundForFewer, int assigned,
            int placeable, long hard, double rms, long finalPlanMillis, long totalMillis, long boundMillis,
            String stop, long speed) {
        double ratio() {
            return bound == 0 ? Double.NaN : peak / bound;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "30", description = "Solver time limit in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

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
        out.printf(Locale.ROOT, "bench allocation: time limit %s s, seeds %s, %d processors%n", fmt(seconds), seeds,
                Runtime.getRuntime().availableProcessors());
        for (String name : instances) {
            Instance instance = INSTANCES.stream().filter(i -> i.name().equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown instance '" + name + "'; known: "
                            + String.join(", ", INSTANCES.stream().map(Instance::name).toList())));
            out.printf(Locale.ROOT, "%n== %s: %d cases, %d PDUs, %d inspectors%s%n", instance.name(), instance.cases(),
                    instance.pdus(), instance.inspectors(), instance.scarce() ? " (3 Welsh speakers, 3 sexual-offending, 3 MAPPA)" : "");
            out.printf(Locale.ROOT, "%5s %8s %8s %8s %10s %10s %5s %7s %10s %10s %9s %-16s %11s%n", "seed", "greedy", "peak",
                    "bound", "peak/bound", "assigned", "hard", "RMS pp", "final (ms)", "total (ms)", "bound ms", "stop", "score calc/s");
            List<Run> runs = new ArrayList<>();
            for (long seed : seeds) {
                Run run = run(instance, seed);
                runs.add(run);
                out.printf(Locale.ROOT, "%5d %8.4f %8.4f %8.4f %10.4f %10s %5d %7.2f %10d %10d %9d %-16s %,11d%n", seed,
                        run.greedyPeak(), run.peak(), run.bound(), run.ratio(),
                        run.assigned() + "/" + run.placeable() + (run.boundForFewer() ? "*" : ""), run.hard(),
                        run.rms() * 100, run.finalPlanMillis(), run.totalMillis(), run.boundMillis(), run.stop(), run.speed());
                out.flush();
            }
            out.printf(Locale.ROOT, "median: peak/bound %s, time to the final plan %s ms, score calculation speed %s /s%n",
                    spread(runs, Run::ratio, "%.4f"), spread(runs, r -> r.finalPlanMillis(), "%.0f"), spread(runs, r -> r.speed(), "%,.0f"));
            if (runs.stream().anyMatch(Run::boundForFewer)) {
                out.println("* slot clashes kept cases out that capacity would allow: the bound shown is for plans placing as many as this one");
            }
        }
        out.println();
        out.println("peak: the busiest usable inspector's weighted load over max_cases; bound: PeakLoadBound (LP relaxation with "
                + "skills, conflicts, availability and capacity, rounded to whole weight steps, tightened by small groups); "
                + "final: solver time to the last improvement (with the greedy warm start); total: until the solver returned.");
        return Bench.OK;
    }

    private Run run(Instance instance, long seed) {
        AllocationParameters params = AllocationParameters.of(FIELDWORK_START);
        GeneratedAllocation data = instance.generate(seed, params);

        AllocationSolution greedy = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        GreedyAllocator.allocate(greedy);
        double greedyPeak = AllocationReport.balance(greedy).maxRelativeLoad();

        AllocationSolution problem = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        PeakLoadBound bound = PeakLoadBound.of(problem);
        long start = System.nanoTime();
        AllocationResult result = AllocationSolver.solve(problem, Duration.ofMillis(Math.round(seconds * 1000)), seed);
        long total = (System.nanoTime() - start) / 1_000_000;
        AllocationSolution best = result.solution();
        SolverFigures figures = result.figures();
        int assigned = (int) best.getCases().stream().filter(CaseAllocation::isAssigned).count();
        PeakLoadBound shown = assigned < bound.placeableCases() ? PeakLoadBound.of(best, assigned) : bound;
        BalanceFigures balance = AllocationReport.balance(best);
        // Solver time does not include the greedy warm start that AllocationSolver.solve runs first.
        long warmStart = Math.max(0, total - figures.timeSpentMillis());
        long last = figures.bestScoreOverTime().isEmpty() ? 0
                : figures.bestScoreOverTime().get(figures.bestScoreOverTime().size() - 1).timeMillis();
        return new Run(seed, greedyPeak, balance.maxRelativeLoad(), shown.peak(), shown != bound, assigned,
                bound.placeableCases(), best.getScore().hardScore(), balance.rmsDeviation(), warmStart + last, total,
                bound.millis(), figures.terminationReason(), figures.scoreCalculationSpeedPerSecond());
    }

    /** "median (lowest to highest)". */
    private static String spread(List<Run> runs, ToDoubleFunction<Run> value, String format) {
        List<Double> values = runs.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return String.format(Locale.ROOT, format + " (" + format + " to " + format + ")", median, values.get(0), values.get(n - 1));
    }

    private static String fmt(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
