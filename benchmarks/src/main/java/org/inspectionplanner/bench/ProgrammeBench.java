package org.inspectionplanner.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.inspectionplanner.data.demo.Programme;
import org.inspectionplanner.data.demo.ProgrammeGenerator;
import org.inspectionplanner.planner.programme.GreedyScheduler;
import org.inspectionplanner.planner.programme.ProgrammeParameters;
import org.inspectionplanner.planner.programme.ProgrammeProblem;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.planner.programme.ProgrammeSchedule;
import org.inspectionplanner.planner.programme.ProgrammePipeline;
import org.inspectionplanner.planner.programme.ProgrammeSolverConfig;
import org.inspectionplanner.planner.programme.ScheduledInspection;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.SolveRun;
import org.optaplanner.core.api.solver.Solver;
import org.inspectionplanner.planner.solve.Solved;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench programme}: on generated programmes, in one process, the greedy baseline (by priority then
 * window end, each at its earliest feasible week), today's fixed-time solve (the pipeline with no early
 * stop) and the pipeline as the CLI and the web service run it, several times, with the median and range of
 * its time to the final plan and to its stop.
 */
@Command(name = "programme", mixinStandardHelpOptions = true,
        description = "Benchmark: programme scheduling against a greedy baseline on generated programmes.")
public final class ProgrammeBench implements Callable<Integer> {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 6);

    @Option(names = "--sizes", split = ",", defaultValue = "40x26,150x52",
            description = "inspections x weeks, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> sizes;

    @Option(names = "--seconds", split = ",", defaultValue = "60",
            description = "time limits of today's fixed-time solve (no early stop), one run each (default: ${DEFAULT-VALUE})")
    List<Integer> seconds;

    @Option(names = "--runs", defaultValue = "1", description = "runs of the pipeline per seed, as the CLI runs it (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--time-limit", defaultValue = "30", description = "the pipeline's time limit in seconds,"
            + " the CLI's default (default: ${DEFAULT-VALUE})")
    double timeLimit;

    @Option(names = "--cold", description = "also run OptaPlanner alone (construction heuristic + local search,"
            + " no warm start or ruin and recreate) for the first time limit")
    boolean cold;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3",
            description = "generator and solver seeds: one programme per seed (default: ${DEFAULT-VALUE})")
    List<Long> seeds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench programme: seeds %s, five inspectorates, plan date = first Monday, notice %d weeks, area gap %d weeks;"
                + " %d processors, load average %.1f (a shared machine: times vary, hence medians and ranges)%n",
                seeds, ProgrammeParameters.DEFAULT_NOTICE_WEEKS, ProgrammeParameters.DEFAULT_AREA_GAP_WEEKS,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("level = mean over inspectorates of the s.d. of weekly utilisation (%), lower is more level;"
                + " ratios are solver / greedy");
        boolean allMet = true;
        for (String size : sizes) {
            String[] parts = size.toLowerCase().split("x");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--sizes takes inspections x weeks, e.g. 150x52, got " + size);
            }
            allMet &= bench(out, Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        }
        out.println(allMet ? "targets met" : "TARGETS NOT MET (see above)");
        out.flush();
        return Bench.OK;
    }

    private boolean bench(PrintWriter out, int inspections, int weeks) {
        out.printf("%n%d inspections over %d weeks%n", inspections, weeks);
        out.printf("  %-5s %-12s %12s %12s %12s %-24s %11s %7s %24s %10s %8s %11s%n", "seed", "run", "1st feasible", "final plan",
                "stopped", "why", "unscheduled", "level", "score", "calc/s", "missed*", "final cpu**");
        boolean met = true;
        List<Solved<ProgrammeSchedule>> pipelineRuns = new java.util.ArrayList<>();
        List<Solved<ProgrammeSchedule>> fixedRuns = new java.util.ArrayList<>();
        List<String> worse = new java.util.ArrayList<>();
        List<Long> pipelineCpu = new java.util.ArrayList<>();
        List<Long> fixedCpu = new java.util.ArrayList<>();
        for (long seed : seeds) {
            Programme programme = ProgrammeGenerator.generate(seed, inspections, FROM, weeks);
            ProgrammeParameters parameters = ProgrammeParameters.of(FROM, FROM.plusWeeks(weeks - 1L), FROM);
            ProgrammeSchedule greedy = problem(programme, parameters);
            long t0 = System.nanoTime();
            GreedyScheduler.schedule(greedy);
            double greedyMillis = (System.nanoTime() - t0) / 1e6;
            Set<String> greedyScheduled = scheduledIds(greedy);
            out.printf("  %-5d %-12s %10.1fms %12s %12s %-24s %11d %7.2f %24s %10s %8s%n", seed, "greedy", greedyMillis, "-", "-", "-",
                    inspections - greedyScheduled.size(), ProgrammeReport.levelLoading(greedy).figure(), score(greedy), "-", "-");
            if (cold && !seconds.isEmpty()) {
                runRow(out, seed, "cold " + seconds.get(0) + "s", ProgrammePipeline.withoutWarmStart(), programme, parameters,
                        new SolveLimits(Duration.ofSeconds(seconds.get(0)), SolveLimits.NEVER, seed), greedyScheduled);
            }
            Solved<ProgrammeSchedule> fixed = null;
            for (int sec : seconds) {
                // the solve before the early stops: warm start and ruin and recreate, then the solver to the time limit
                fixed = runRow(out, seed, "fixed " + sec + "s", ProgrammePipeline.withoutBoundStop(), programme,
                        parameters, new SolveLimits(Duration.ofSeconds(sec), SolveLimits.NEVER, seed), greedyScheduled);
                met &= checked(out, fixed, greedyScheduled, inspections);
            }
            if (fixed != null) {
                fixedRuns.add(fixed);
                fixedCpu.add(lastCpuMillis);
            }
            for (int r = 0; r < runs; r++) {
                Solved<ProgrammeSchedule> solved = runRow(out, seed, "pipeline" + (runs > 1 ? " #" + (r + 1) : ""),
                        new ProgrammePipeline(), programme, parameters,
                        new SolveLimits(Duration.ofMillis(Math.round(timeLimit * 1000)), null, seed), greedyScheduled);
                met &= checked(out, solved, greedyScheduled, inspections);
                pipelineRuns.add(solved);
                pipelineCpu.add(lastCpuMillis);
                if (fixed != null && unscheduled(solved.solution()) > unscheduled(fixed.solution())) {
                    worse.add("seed " + seed);
                }
            }
        }
        Stats finalPlan = Stats.of(pipelineRuns.stream()
                .map(x -> x.figures().finalPlanMillis() == null ? 0L : x.figures().finalPlanMillis()).toList());
        Stats stopped = Stats.of(pipelineRuns.stream().map(x -> x.figures().timeSpentMillis()).toList());
        java.util.Map<String, Long> why = new java.util.TreeMap<>();
        pipelineRuns.forEach(x -> why.merge(x.figures().termination().name(), 1L, Long::sum));
        out.printf("  pipeline (%d runs over seeds %s, %s s limit): final plan at %s (CPU %s), stopped at %s; stopped by %s;"
                + " unscheduled %s%n", pipelineRuns.size(), seeds, timeLimit, finalPlan, Stats.of(pipelineCpu), stopped, why,
                pipelineRuns.stream().map(x -> String.valueOf(unscheduled(x.solution()))).toList());
        if (!fixedRuns.isEmpty()) {
            Stats fixedFinal = Stats.of(fixedRuns.stream()
                    .map(x -> x.figures().finalPlanMillis() == null ? 0L : x.figures().finalPlanMillis()).toList());
            out.printf("  fixed %d s (%d runs): final plan at %s (CPU %s); unscheduled %s%n", seconds.get(seconds.size() - 1),
                    fixedRuns.size(), fixedFinal, Stats.of(fixedCpu), fixedRuns.stream().map(x -> String.valueOf(unscheduled(x.solution()))).toList());
        }
        if (inspections >= 150) {
            boolean fast = finalPlan.median() < 15_000;
            boolean asGood = worse.isEmpty();
            out.printf("  target (150 inspections): final plan in under 15 s (median) %s; no more unscheduled than the fixed run %s%s%n",
                    fast ? "met" : "MISSED", asGood ? "met" : "MISSED", asGood ? "" : " " + worse);
            met &= fast && asGood;
        }
        out.println("  * missed: inspections the greedy baseline scheduled that the solver left unscheduled");
        out.println("  ** final cpu: CPU time of the solving thread up to the final plan (the work, which load does not stretch)");
        return met;
    }

    private Solved<ProgrammeSchedule> runRow(PrintWriter out, long seed, String name, ProgrammePipeline pipeline, Programme programme,
            ProgrammeParameters parameters, SolveLimits limits, Set<String> greedyScheduled) {
        Solved<ProgrammeSchedule> solved = solveCounted(pipeline, problem(programme, parameters), limits);
        SolveFigures f = solved.figures();
        Set<String> missed = new TreeSet<>(greedyScheduled);
        missed.removeAll(scheduledIds(solved.solution()));
        out.printf("  %-5d %-12s %12s %12s %10dms %-24s %11d %7.2f %24s %10d %8d %9dms%n", seed, name,
                f.firstFeasibleMillis() == null ? "never" : f.firstFeasibleMillis() + "ms",
                f.finalPlanMillis() == null ? "-" : f.finalPlanMillis() + "ms", f.timeSpentMillis(), f.termination(),
                unscheduled(solved.solution()), ProgrammeReport.levelLoading(solved.solution()).figure(),
                solved.solution().getScore(), f.scoreCalculationSpeedPerSecond(), missed.size(), lastCpuMillis);
        if (!missed.isEmpty()) {
            out.printf("  %-5s %-12s scheduled by greedy but not by the solver: %s%n", "", "", missed);
        }
        out.flush();
        return solved;
    }

    /** CPU time of the solving thread when the last run found its final plan. */
    private long lastCpuMillis;

    /**
     * As {@link ProgrammePipeline#solve}, step by step, noting the solving thread's CPU time at each new best
     * plan: the CPU time to the final plan is the work the answer took, which a loaded machine does not
     * stretch as it stretches the wall-clock time.
     */
    private Solved<ProgrammeSchedule> solveCounted(ProgrammePipeline pipeline, ProgrammeSchedule problem, SolveLimits limits) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] atBest = {0};
        SolveRun<ProgrammeSchedule> run = pipeline.start(problem, limits);
        run.onBestPlan((millis, plan) -> atBest[0] = threads.getCurrentThreadCpuTime() - cpu0);
        run.prepare();
        Solver<ProgrammeSchedule> solver = SolverFactory.<ProgrammeSchedule>create(run.solverConfig()).buildSolver();
        run.attach(solver);
        ProgrammeSchedule best = solver.solve(problem);
        run.repair(best);
        lastCpuMillis = atBest[0] / 1_000_000;
        return new Solved<>(best, run.finish(null));
    }

    /** The standing targets: never worse than greedy, feasible, and on 150 inspections feasible within 5 s. */
    private static boolean checked(PrintWriter out, Solved<ProgrammeSchedule> solved, Set<String> greedyScheduled, int inspections) {
        Set<String> missed = new TreeSet<>(greedyScheduled);
        missed.removeAll(scheduledIds(solved.solution()));
        Long feasible = solved.figures().firstFeasibleMillis();
        boolean met = missed.isEmpty() && feasible != null && solved.solution().getScore().hardScore() == 0;
        if (inspections >= 150 && (feasible == null || feasible > 5000)) {
            out.printf("  target missed: feasible within 5 s (%s)%n", feasible == null ? "never" : feasible + "ms");
            met = false;
        }
        return met;
    }

    private static int unscheduled(ProgrammeSchedule schedule) {
        return (int) schedule.getInspections().stream().filter(i -> !i.isScheduled()).count();
    }

    private static ProgrammeSchedule problem(Programme programme, ProgrammeParameters parameters) {
        return ProgrammeProblem.create(programme.inspections(), programme.capacity(), programme.calendar(),
                parameters, List.of());
    }

    private static Set<String> scheduledIds(ProgrammeSchedule schedule) {
        Set<String> ids = new TreeSet<>();
        for (ScheduledInspection i : schedule.getInspections()) {
            if (i.isScheduled()) {
                ids.add(i.getId());
            }
        }
        return ids;
    }

    private static HardMediumSoftLongScore score(ProgrammeSchedule schedule) {
        SolutionManager<ProgrammeSchedule, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(ProgrammeSolverConfig.create(null)));
        return manager.update(schedule);
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
            return String.format(java.util.Locale.ROOT, "median %d ms [%d-%d]", median, min, max);
        }
    }
}
