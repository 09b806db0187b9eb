package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/** Solves one allocation problem in the calling thread and records the solver figures. */
public final class AllocationSolver {

    private final SolverConfig config;
    private final SolverFactory<AllocationSolution> factory;

    public AllocationSolver(SolverConfig config) {
        this.config = config;
        this.factory = SolverFactory.create(config);
    }

    /** A solver configured for this problem's size (see {@link AllocationSolverConfig#forProblem}). */
    public static AllocationResult solve(AllocationSolution problem, Duration limit, Long seed) {
        return new AllocationSolver(AllocationSolverConfig.forProblem(problem, limit, seed)).solve(problem);
    }

    public AllocationResult solve(AllocationSolution problem) {
        Solver<AllocationSolution> solver = factory.buildSolver();
        List<SolverFigures.BestScore> bestScores = new ArrayList<>();
        Long[] firstFeasible = {null};
        long[] lastImprovement = {0};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            long millis = event.getTimeMillisSpent();
            bestScores.add(new SolverFigures.BestScore(millis, score.hardScore(), score.mediumScore(), score.softScore()));
            lastImprovement[0] = millis;
            if (firstFeasible[0] == null && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstFeasible[0] = millis;
            }
        });
        AllocationSolution best = solver.solve(problem);
        long spent = solver instanceof DefaultSolver<AllocationSolution> d ? d.getTimeMillisSpent() : 0;
        long count = 0;
        long speed = 0;
        if (solver instanceof DefaultSolver<AllocationSolution> d) {
            count = d.getSolverScope().getScoreCalculationCount();
            speed = d.getSolverScope().getScoreCalculationSpeed();
        }
        if (firstFeasible[0] == null && best.getScore() != null && best.getScore().isFeasible()) {
            firstFeasible[0] = bestScores.isEmpty() ? spent : bestScores.get(0).timeMillis();
        }
        String reason = terminationReason(spent, lastImprovement[0]);
        return new AllocationResult(best, new SolverFigures(spent, reason, count, speed, firstFeasible[0], bestScores));
    }

    /** OptaPlanner does not say which termination fired; tell them apart by the clock. */
    private String terminationReason(long spentMillis, long lastImprovementMillis) {
        Duration limit = config.getTerminationConfig().getSpentLimit();
        Duration unimproved = config.getTerminationConfig().getUnimprovedSpentLimit();
        if (limit != null && spentMillis >= limit.toMillis()) {
            return "TIME_LIMIT";
        }
        if (unimproved != null && spentMillis - lastImprovementMillis >= unimproved.toMillis()) {
            return "UNIMPROVED_LIMIT";
        }
        return "ALL_MOVES_EXHAUSTED_OR_TERMINATED_EARLY";
    }
}
