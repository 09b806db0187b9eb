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
     * Solves in place. Without a previous schedule (no unpinned inspection has a start yet) the
     * solver starts from {@link GreedyScheduler#warmStart}; with one, from the previous weeks, the
     * construction heuristic placing what they leave open.
     */
    public static Result solve(ProgrammeSchedule problem, SolverConfig config) {
        boolean fresh = problem.getInspections().stream().noneMatch(i -> !i.isPinned() && i.isScheduled());
        if (fresh) {
            GreedyScheduler.warmStart(problem);
        }
        return solveAsIs(problem, config);
    }

    /** Solves from the starts the problem holds now (the benchmark uses it to compare starts). */
    public static Result solveAsIs(ProgrammeSchedule problem, SolverConfig config) {
        SolverFactory<ProgrammeSchedule> factory = SolverFactory.create(config);
        Solver<ProgrammeSchedule> solver = factory.buildSolver();
        List<SolverFigures.BestScore> best = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        Long[] firstFeasible = {null};
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            best.add(new SolverFigures.BestScore(millis, score.toString()));
            if (firstFeasible[0] == null && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstFeasible[0] = millis;
            }
        });
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
        Duration limit = spentLimit(config);
        String termination = limit != null && spent >= limit.toMillis() - 50 ? "time limit" : "unimproved limit";
        return new Result(solved, new SolverFigures(spent, termination, count, speed, firstFeasible[0],
                List.copyOf(best), placed));
    }

    private static Duration spentLimit(SolverConfig config) {
        var t = config.getTerminationConfig();
        return t == null ? null : t.getSpentLimit();
    }
}
