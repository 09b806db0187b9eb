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
import org.inspectionplanner.planner.programme.ProgrammeScheduler;
import org.inspectionplanner.planner.programme.ProgrammeSolverConfig;
import org.inspectionplanner.planner.programme.ScheduledInspection;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench programme}: the solver against the greedy baseline (by priority then window end,
 * each at its earliest feasible week) on generated programmes, in the same process.
 */
@Command(name = "programme", mixinStandardHelpOptions = true,
        description = "Benchmark: programme scheduling against a greedy baseline on generated programmes.")
public final class ProgrammeBench implements Callable<Integer> {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 6);

    @Option(names = "--sizes", split = ",", defaultValue = "40x26,150x52",
            description = "inspections x weeks, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> sizes;

    @Option(names = "--seconds", split = ",", defaultValue = "10,60",
            description = "solver time limits, one run each (default: ${DEFAULT-VALUE})")
    List<Integer> seconds;

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
        out.printf("bench programme: seed %d, five inspectorates, plan date = first Monday, notice %d weeks, area gap %d weeks%n",
                seed, ProgrammeParameters.DEFAULT_NOTICE_WEEKS, ProgrammeParameters.DEFAULT_AREA_GAP_WEEKS);
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
        out.printf("  %-10s %12s %12s %8s %24s %12s %10s%n", "run", "1st feasible", "unscheduled", "level",
                "score", "calc/s", "missed*");
        out.printf("  %-10s %10.1fms %12d %8.2f %24s %12s %10s%n", "greedy", greedyMillis, greedyUnscheduled,
                greedyLevel, greedyScore, "-", "-");
        boolean met = true;
        List<String> runs = new java.util.ArrayList<>();
        if (cold && !seconds.isEmpty()) {
            runs.add("cold:" + seconds.get(0));
        }
        seconds.forEach(s -> runs.add("full:" + s));
        for (String runName : runs) {
            boolean isCold = runName.startsWith("cold");
            int s = Integer.parseInt(runName.substring(5));
            ProgrammeSchedule problem = problem(programme, parameters);
            var config = ProgrammeSolverConfig.create(Duration.ofSeconds(s), null, seed);
            var result = isCold ? ProgrammeScheduler.solveAsIs(problem, config)
                    : ProgrammeScheduler.solve(problem, config);
            ProgrammeSchedule solved = result.schedule();
            Set<String> missed = new TreeSet<>(greedyScheduled);
            missed.removeAll(scheduledIds(solved));
            int unscheduled = inspections - scheduledIds(solved).size();
            double level = ProgrammeReport.levelLoading(solved).figure();
            Long feasible = result.figures().firstFeasibleMillis();
            out.printf("  %-10s %12s %12d %8.2f %24s %12d %10d%n", (isCold ? "cold " : "solver ") + s + "s",
                    feasible == null ? "never" : feasible + "ms", unscheduled, level, solved.getScore(),
                    result.figures().scoreCalculationSpeedPerSecond(), missed.size());
            out.printf("  %-10s unscheduled %s greedy, level x%.2f of greedy%s%n", "",
                    greedyUnscheduled == 0 ? (unscheduled == 0 ? "= 0 as" : unscheduled + " vs 0 of")
                            : String.format("x%.2f of", unscheduled / (double) greedyUnscheduled),
                    greedyLevel == 0 ? 0 : level / greedyLevel,
                    missed.isEmpty() ? "" : "; scheduled by greedy but not by the solver: " + missed);
            if (isCold) {
                out.flush();
                continue; // for comparison only: the targets are for the full solver
            }
            if (!missed.isEmpty() || feasible == null || solved.getScore().hardScore() < 0) {
                met = false;
            }
            if (inspections >= 150 && (feasible == null || feasible > 5000)) {
                met = false;
                out.printf("  target missed: feasible within 5 s (%s)%n", feasible == null ? "never" : feasible + "ms");
            }
            out.flush();
        }
        out.println("  * missed: inspections the greedy baseline scheduled that the solver left unscheduled");
        return met;
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
                SolverFactory.create(ProgrammeSolverConfig.create(Duration.ofSeconds(1), null)));
        return manager.update(schedule);
    }
}
