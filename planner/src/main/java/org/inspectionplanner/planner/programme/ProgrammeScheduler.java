package org.inspectionplanner.planner.programme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves a programme in the calling thread and records the solver figures. Afterwards it places
 * any unscheduled inspection whose week turned out to be free (never worse), and rescores. The web
 * service, which runs its own SolverManager, can do the same around it with
 * {@link GreedyScheduler#warmStart} and {@link ProgrammeReport#of}.
 */
public final class ProgrammeScheduler {

    private ProgrammeScheduler() {
    }

    /** The solved schedule and the solver's figures. */
    public record Result(ProgrammeSchedule schedule, SolverFigures figures) {
    }

    /**
     * Solves in place. Without a previous schedule (no unpinned inspection has a start yet) it
     * starts from {@link GreedyScheduler#warmStart}, improved by ruin and recreate for up to half
     * the time limit (at most 30 s; it stops as soon as nothing is unscheduled); the solver gets the
     * rest. With a previous schedule it
     * starts from the previous weeks, the construction heuristic placing what they leave open.
     */
    public static Result solve(ProgrammeSchedule problem, SolverConfig config) {
        long started = System.nanoTime();
        boolean fresh = problem.getInspections().stream().noneMatch(i -> !i.isPinned() && i.isScheduled());
        SolverConfig rest = config;
        List<SolverFigures.BestScore> starts = new ArrayList<>();
        if (fresh) {
            SolutionManager<ProgrammeSchedule, HardMediumSoftLongScore> scorer =
                    SolutionManager.create(SolverFactory.create(config));
            GreedyScheduler.warmStart(problem);
            starts.add(startScore(problem, scorer, started, "warm start"));
            Duration limit = spentLimit(config);
            Duration budget = limit == null ? Duration.ofSeconds(2)
                    : Duration.ofMillis(Math.min(45_000, limit.toMillis() * 3 / 4));
            Long seed = config.getRandomSeed();
            if (new RuinAndRecreate(problem, seed == null ? 0 : seed).improve(budget) >= 0) {
                starts.add(startScore(problem, scorer, started, "ruin and recreate"));
            }
            if (limit != null) {
                Duration left = limit.minusNanos(System.nanoTime() - started);
                rest = config.copyConfig();
                rest.getTerminationConfig().setSpentLimit(Duration.ofMillis(Math.max(100, left.toMillis())));
            }
        }
        return solveAsIs(problem, rest, started, spentLimit(config), starts);
    }

    /**
     * For callers that run their own SolverManager: the same start as {@link #solve} gives a
     * problem without a previous schedule (greedy warm start, then ruin and recreate for up to
     * {@code budget}). Does nothing if an unpinned inspection already has a start.
     */
    public static void prepare(ProgrammeSchedule problem, Duration budget, long seed) {
        if (problem.getInspections().stream().noneMatch(i -> !i.isPinned() && i.isScheduled())) {
            GreedyScheduler.warmStart(problem);
            new RuinAndRecreate(problem, seed).improve(budget);
        }
    }

    private static SolverFigures.BestScore startScore(ProgrammeSchedule problem,
            SolutionManager<ProgrammeSchedule, HardMediumSoftLongScore> scorer, long started, String what) {
        HardMediumSoftLongScore score = scorer.update(problem);
        return new SolverFigures.BestScore((System.nanoTime() - started) / 1_000_000, score + " (" + what + ")");
    }

    /** Solves from the starts the problem holds now (the benchmark uses it to compare starts). */
    public static Result solveAsIs(ProgrammeSchedule problem, SolverConfig config) {
        return solveAsIs(problem, config, System.nanoTime(), spentLimit(config), List.of());
    }

    private static Result solveAsIs(ProgrammeSchedule problem, SolverConfig config, long started, Duration limit,
            List<SolverFigures.BestScore> starts) {
        SolverFactory<ProgrammeSchedule> factory = SolverFactory.create(config);
        Solver<ProgrammeSchedule> solver = factory.buildSolver();
        List<SolverFigures.BestScore> best = Collections.synchronizedList(new ArrayList<>(starts));
        Long[] firstFeasible = {null};
        for (SolverFigures.BestScore s : starts) {
            if (firstFeasible[0] == null && s.score().startsWith("0hard/")) {
                firstFeasible[0] = s.millis();
            }
        }
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            best.add(new SolverFigures.BestScore(millis, score.toString()));
            if (firstFeasible[0] == null && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstFeasible[0] = millis;
            }
        });
        SolutionManager<ProgrammeSchedule, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        HardMediumSoftLongScore initial = manager.update(problem);
        if (starts.isEmpty() && problem.getInspections().stream().anyMatch(ScheduledInspection::isScheduled)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            best.add(new SolverFigures.BestScore(millis, initial + " (start)"));
            if (initial.hardScore() == 0 && firstFeasible[0] == null) {
                firstFeasible[0] = millis;
            }
        }
        ProgrammeSchedule solved = solver.solve(problem);
        long spent = (System.nanoTime() - started) / 1_000_000;
        // the solver's own counters (internal API: the public Solver interface does not expose them)
        var scope = ((DefaultSolver<ProgrammeSchedule>) solver).getSolverScope();
        long count = scope.getScoreCalculationCount();
        long speed = scope.getScoreCalculationSpeed();

        int placed = GreedyScheduler.topUp(solved);
        if (placed > 0) {
            SolutionManager.create(factory).update(solved);
        }
        if (firstFeasible[0] == null && solved.getScore().hardScore() == 0) {
            firstFeasible[0] = spent;
        }
        String termination = limit != null && spent >= limit.toMillis() - 50 ? "time limit" : "unimproved limit";
        return new Result(solved, new SolverFigures(spent, termination, count, speed, firstFeasible[0],
                thin(List.copyOf(best)), placed));
    }

    /** At most about 200 points of the best score over time: evenly thinned, first and last kept. */
    static List<SolverFigures.BestScore> thin(List<SolverFigures.BestScore> all) {
        int max = 200;
        if (all.size() <= max) {
            return all;
        }
        List<SolverFigures.BestScore> kept = new ArrayList<>();
        double step = (all.size() - 1) / (double) (max - 1);
        for (int k = 0; k < max; k++) {
            kept.add(all.get((int) Math.round(k * step)));
        }
        return List.copyOf(kept);
    }

    private static Duration spentLimit(SolverConfig config) {
        var t = config.getTerminationConfig();
        return t == null ? null : t.getSpentLimit();
    }
}
