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

    @Option(names = "--runs", defaultValue = "3", description = "runs of the pipeline, as the CLI runs it (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--time-limit", defaultValue = "30", description = "the pipeline's time limit in seconds,"
            + " the CLI's default (default: ${DEFAULT-VALUE})")
    double timeLimit;

    @Option(names = "--cold", description = "also run OptaPlanner alone (construction heuristic + local search,"
            + " no warm start or ruin and recreate) for the first time limit")
    boolean cold;

    @Option(names = "--seed", defaultValue = "1", description = "generator and solver seed (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench programme: seed %d, five inspectorates, plan date = first Monday, notice %d weeks, area gap %d weeks;"
                + " %d processors, load average %.1f (a shared machine: times vary, hence medians and ranges)%n",
                seed, ProgrammeParameters.DEFAULT_NOTICE_WEEKS, ProgrammeParameters.DEFAULT_AREA_GAP_WEEKS,
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
        Programme programme = ProgrammeGenerator.generate(seed, inspections, FROM, weeks);
        ProgrammeParameters parameters = ProgrammeParameters.of(FROM, FROM.plusWeeks(weeks - 1L), FROM);

        ProgrammeSchedule greedy = problem(programme, parameters);
        long t0 = System.nanoTime();
        GreedyScheduler.schedule(greedy);
        double greedyMillis = (System.nanoTime() - t0) / 1e6;
        HardMediumSoftLongScore greedyScore = score(greedy);
        Set<String> greedyScheduled = scheduledIds(greedy);
        int greedyUnscheduled = inspections - greedyScheduled.size();
        double greedyLevel = ProgrammeReport.levelLoading(greedy).figure();

        out.printf("%n%d inspections over %d weeks (%d PDU, %d with an area)%n", inspections, weeks,
                programme.inspections().stream().filter(i -> i.kind().name().equals("PDU_PROBATION")).count(),
                programme.inspections().stream().filter(i -> i.area() != null && !i.area().isBlank()).count());
        out.printf("  %-12s %12s %12s %12s %-24s %11s %7s %24s %10s %8s%n", "run", "1st feasible", "final plan",
                "stopped", "why", "unscheduled", "level", "score", "calc/s", "missed*");
        out.printf("  %-12s %10.1fms %12s %12s %-24s %11d %7.2f %24s %10s %8s%n", "greedy", greedyMillis, "-", "-", "-",
                greedyUnscheduled, greedyLevel, greedyScore, "-", "-");
        boolean met = true;
        Integer fixedUnscheduled = null;
        if (cold && !seconds.isEmpty()) {
            runRow(out, "cold " + seconds.get(0) + "s", ProgrammePipeline.withoutWarmStart(), programme, parameters,
                    new SolveLimits(Duration.ofSeconds(seconds.get(0)), SolveLimits.NEVER, seed), greedyScheduled);
        }
        for (int s : seconds) {
            // today's solve: warm start and ruin and recreate, then the solver to the time limit
            Solved<ProgrammeSchedule> fixed = runRow(out, "fixed " + s + "s", ProgrammePipeline.withoutBoundStop(), programme,
                    parameters, new SolveLimits(Duration.ofSeconds(s), SolveLimits.NEVER, seed), greedyScheduled);
            met &= checked(out, fixed, greedyScheduled, inspections);
            fixedUnscheduled = unscheduled(fixed.solution());
        }
        List<Solved<ProgrammeSchedule>> pipelineRuns = new java.util.ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Solved<ProgrammeSchedule> solved = runRow(out, "pipeline #" + (r + 1), new ProgrammePipeline(), programme, parameters,
                    new SolveLimits(Duration.ofMillis(Math.round(timeLimit * 1000)), null, seed), greedyScheduled);
            met &= checked(out, solved, greedyScheduled, inspections);
            pipelineRuns.add(solved);
        }
        Stats finalPlan = Stats.of(pipelineRuns.stream()
                .map(x -> x.figures().finalPlanMillis() == null ? 0L : x.figures().finalPlanMillis()).toList());
        Stats stopped = Stats.of(pipelineRuns.stream().map(x -> x.figures().timeSpentMillis()).toList());
        int worst = pipelineRuns.stream().mapToInt(x -> unscheduled(x.solution())).max().orElse(0);
        out.printf("  pipeline (%d runs, %s s limit): final plan at %s, stopped at %s; unscheduled at most %d%s%n", runs,
                timeLimit, finalPlan, stopped, worst, fixedUnscheduled == null ? "" : " (fixed " + seconds.get(seconds.size() - 1)
                        + " s: " + fixedUnscheduled + ")");
        if (inspections >= 150) {
            boolean fast = stopped.median() < 15_000;
            boolean asGood = fixedUnscheduled == null || worst <= fixedUnscheduled;
            out.printf("  target (150 inspections): answer in under 15 s %s; no more unscheduled than the fixed run %s%n",
                    fast ? "met" : "MISSED", asGood ? "met" : "MISSED");
            met &= fast && asGood;
        }
        out.println("  * missed: inspections the greedy baseline scheduled that the solver left unscheduled");
        return met;
    }

    private Solved<ProgrammeSchedule> runRow(PrintWriter out, String name, ProgrammePipeline pipeline, Programme programme,
            ProgrammeParameters parameters, SolveLimits limits, Set<String> greedyScheduled) {
        Solved<ProgrammeSchedule> solved = pipeline.solve(problem(programme, parameters), limits);
        SolveFigures f = solved.figures();
        Set<String> missed = new TreeSet<>(greedyScheduled);
        missed.removeAll(scheduledIds(solved.solution()));
        out.printf("  %-12s %12s %12s %10dms %-24s %11d %7.2f %24s %10d %8d%n", name,
                f.firstFeasibleMillis() == null ? "never" : f.firstFeasibleMillis() + "ms",
                f.finalPlanMillis() == null ? "-" : f.finalPlanMillis() + "ms", f.timeSpentMillis(), f.termination(),
                unscheduled(solved.solution()), ProgrammeReport.levelLoading(solved.solution()).figure(),
                solved.solution().getScore(), f.scoreCalculationSpeedPerSecond(), missed.size());
        if (!missed.isEmpty()) {
            out.printf("  %-12s scheduled by greedy but not by the solver: %s%n", "", missed);
        }
        out.flush();
        return solved;
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
