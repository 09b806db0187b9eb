package org.inspectionplanner.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.AllocationReport.BalanceFigures;
import org.inspectionplanner.planner.allocation.AllocationResult;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.AllocationSolver;
import org.inspectionplanner.planner.allocation.AllocationSolverConfig;
import org.inspectionplanner.planner.allocation.BalanceBound;
import org.inspectionplanner.planner.allocation.CaseAllocation;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.inspectionplanner.planner.allocation.GreedyAllocator;
import org.inspectionplanner.planner.allocation.SolverFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench allocation}: the solver against the greedy baseline on generated instances, in one process.
 * Balance is the root-mean-square deviation of relative load (weighted load over capacity) from the ideal
 * (every usable inspector at total weight over total capacity), in percentage points; its bound is 0.
 * "peak/ideal" is the highest relative load over the ideal; its bound is 1, which whole cases usually cannot
 * reach, so "peak/discrete bound" also divides by {@link BalanceBound#discretePeakLowerBound}.
 */
@Command(name = "allocation", mixinStandardHelpOptions = true,
        description = "Benchmark: case allocation (solver vs greedy baseline) on generated instances.")
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
            description = "Checkpoints in seconds; the solver runs to the last (default: ${DEFAULT-VALUE}).")
    List<Double> seconds;

    @Option(names = "--instances", split = ",", defaultValue = "one-pdu,ten-pdu,national",
            description = "Which instances (default: ${DEFAULT-VALUE}).")
    List<String> instances;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for data and solver (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Double> checkpoints = seconds.stream().sorted().toList();
        if (checkpoints.isEmpty() || checkpoints.get(0) <= 0) {
            throw new IllegalArgumentException("--seconds must list positive numbers");
        }
        out.printf(Locale.ROOT, "bench allocation: seed %d, checkpoints %s s, %d processors%n", seed, checkpoints,
                Runtime.getRuntime().availableProcessors());
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

        // Greedy baseline.
        AllocationSolution greedyProblem = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        long t0 = System.nanoTime();
        GreedyAllocator.allocate(greedyProblem);
        double greedyMillis = (System.nanoTime() - t0) / 1e6;
        AllocationReport greedyReport = AllocationReport.of(greedyProblem, SolverFigures.none());

        // Solver, without the unimproved stop so that every checkpoint is reached.
        AllocationSolution problem = AllocationProblem.create(data.cases(), data.inspectors(), params, List.of());
        Duration limit = Duration.ofMillis(Math.round(checkpoints.get(checkpoints.size() - 1) * 1000));
        AllocationSolverConfig.Construction construction = AllocationSolverConfig.Construction.forProblem(problem);
        // As AllocationSolver.solve does: large rosters start from the greedy plan (its time counts for the solver).
        long w0 = System.nanoTime();
        if (construction == AllocationSolverConfig.Construction.SEQUENTIAL) {
            GreedyAllocator.allocate(problem);
        }
        long warmStart = Math.round((System.nanoTime() - w0) / 1e6);
        AllocationSolver solver = new AllocationSolver(AllocationSolverConfig.create(limit, limit, seed, construction));
        TreeMap<Long, AllocationSolution> bestByTime = new TreeMap<>();
        List<Long> allAssigned = new ArrayList<>();
        AllocationResult result = solver.solve(problem, (millis, best) -> {
            bestByTime.put(warmStart + millis, best);
            if (allAssigned.isEmpty() && best.getScore().hardScore() == 0
                    && best.getCases().stream().allMatch(CaseAllocation::isAssigned)) {
                allAssigned.add(warmStart + millis);
            }
        });
        SolverFigures figures = result.figures();
        long constructionEnd = warmStart + figures.constructionMillis();

        out.printf(Locale.ROOT, "%n== %s: %d cases, %d PDUs, %d inspectors, %d slots; construction %s; ideal relative load %.4f%n",
                instance.name(), data.cases().size(), instance.pdus(), data.inspectors().size(), problem.getSlots().size(),
                construction, problem.getIdealRelativeLoad());
        out.printf(Locale.ROOT, "%-28s %14s", "", "greedy");
        for (double c : checkpoints) {
            out.printf(Locale.ROOT, " %14s", "solver@" + fmt(c) + "s");
        }
        out.printf(Locale.ROOT, " %14s%n", "bound");

        List<AllocationSolution> atCheckpoint = new ArrayList<>();
        for (double c : checkpoints) {
            var entry = bestByTime.floorEntry(Math.round(c * 1000));
            atCheckpoint.add(entry == null ? null : entry.getValue());
        }
        row(out, "assigned cases", count(greedyProblem), atCheckpoint.stream().map(s -> s == null ? "-" : count(s)).toList(),
                String.valueOf(data.cases().size()));
        row(out, "hard score", String.valueOf(greedyReport.score().hard()),
                atCheckpoint.stream().map(s -> s == null ? "-" : String.valueOf(s.getScore().hardScore())).toList(), "0");
        BalanceFigures g = greedyReport.balance();
        List<BalanceFigures> balances = atCheckpoint.stream().map(s -> s == null ? null : AllocationReport.balance(s)).toList();
        row(out, "balance: RMS deviation (pp)", pp(g.rmsDeviation()),
                balances.stream().map(b -> b == null ? "-" : pp(b.rmsDeviation())).toList(), "0.00");
        row(out, "  ratio to greedy", "1.000",
                balances.stream().map(b -> b == null || g.rmsDeviation() == 0 ? "-"
                        : String.format(Locale.ROOT, "%.3f", b.rmsDeviation() / g.rmsDeviation())).toList(), "0.000");
        row(out, "balance: peak/ideal", String.format(Locale.ROOT, "%.4f", g.maxOverIdeal()),
                balances.stream().map(b -> b == null ? "-" : String.format(Locale.ROOT, "%.4f", b.maxOverIdeal())).toList(), "1.0000");
        double discrete = BalanceBound.discretePeakLowerBound(problem);
        double ideal = problem.getIdealRelativeLoad();
        row(out, "balance: peak/discrete bound", String.format(Locale.ROOT, "%.4f", g.maxRelativeLoad() / discrete),
                balances.stream().map(b -> b == null ? "-" : String.format(Locale.ROOT, "%.4f", b.maxRelativeLoad() / discrete)).toList(),
                "1.0000");
        row(out, "soft score", String.valueOf(greedyReport.score().soft()),
                atCheckpoint.stream().map(s -> s == null ? "-" : String.valueOf(s.getScore().softScore())).toList(), "-");
        out.printf(Locale.ROOT, "bounds: ideal relative load %.4f (every inspector equal); discrete peak bound %.4f = %.4f x ideal "
                + "(whole weight steps, ignoring skills and slots)%n", ideal, discrete, discrete / ideal);
        out.printf(Locale.ROOT, "time to first feasible (hard 0): greedy %.1f ms (complete), solver %s ms (%sconstruction done at %d ms)%n",
                greedyMillis, figures.firstFeasibleMillis() == null ? "never" : String.valueOf(warmStart + figures.firstFeasibleMillis()),
                warmStart > 0 || construction == AllocationSolverConfig.Construction.SEQUENTIAL ? "greedy warm start " + warmStart + " ms, " : "",
                constructionEnd);
        out.printf(Locale.ROOT, "time to every case assigned: solver %s%n",
                allAssigned.isEmpty() ? "not reached (" + (data.cases().size() - Integer.parseInt(count(result.solution()))) + " unassigned at the end)"
                        : allAssigned.get(0) + " ms");
        out.printf(Locale.ROOT, "score calculation speed: %,d /s (%,d calculations in %d ms)%n",
                figures.scoreCalculationSpeedPerSecond(), figures.scoreCalculationCount(), figures.timeSpentMillis());
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
