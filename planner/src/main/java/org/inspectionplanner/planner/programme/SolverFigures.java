package org.inspectionplanner.planner.programme;

import java.util.List;

/**
 * What the solver did: time spent, why it stopped, score calculation speed, and each new best
 * score with the time it was found.
 *
 * @param termination "time limit", "unimproved limit" or "converged" (see {@link ProgrammeScheduler})
 */
public record SolverFigures(long timeSpentMillis, String termination, long scoreCalculationCount,
        long scoreCalculationSpeedPerSecond, Long firstFeasibleMillis, List<BestScore> bestScoreOverTime,
        int placedAfterSolving) {

    /** A new best score and when it was found, from the start of solving. */
    public record BestScore(long millis, String score) {
    }
}
