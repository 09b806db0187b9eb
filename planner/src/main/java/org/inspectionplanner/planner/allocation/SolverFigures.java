package org.inspectionplanner.planner.allocation;

import java.util.List;

/**
 * How a solve went: time spent, when construction ended (solver time, like every figure here), why it stopped (TIME_LIMIT, UNIMPROVED_LIMIT,
 * BOUND_REACHED (the best plan reached its {@link PeakLoadBound}: no plan is better balanced), TERMINATED_EARLY, CONSTRUCTION_ONLY, NOT_SOLVED), how fast scores were calculated, when the first
 * feasible (zero hard) solution appeared and every improvement of the best score.
 */
public record SolverFigures(
        long timeSpentMillis,
        long constructionMillis,
        String terminationReason,
        long scoreCalculationCount,
        long scoreCalculationSpeedPerSecond,
        Long firstFeasibleMillis,
        List<BestScore> bestScoreOverTime) {

    public SolverFigures {
        bestScoreOverTime = List.copyOf(bestScoreOverTime);
    }

    /** The best score at a moment of the solve. */
    public record BestScore(long timeMillis, long hard, long medium, long soft) {
    }

    /** For a solution that was not solved here (e.g. a plan read back from a file). */
    public static SolverFigures none() {
        return new SolverFigures(0, 0, "NOT_SOLVED", 0, 0, null, List.of());
    }
}
