package org.inspectionplanner.web.job;

import java.util.List;

/**
 * What the service knows about a job's solve, for its report: time spent (from the start of the
 * job's solving thread, any start heuristic included), how it ended, the solver's score calculation
 * figures (known once it has ended) and each new best score with the time it was found.
 */
public record SolveFigures(long timeSpentMillis, Termination termination, long scoreCalculationCount,
        long scoreCalculationSpeedPerSecond, List<BestScore> bestScoreOverTime) {

    public SolveFigures {
        bestScoreOverTime = List.copyOf(bestScoreOverTime);
    }

    /** SOLVING while the job runs; then the reason it ended. */
    public enum Termination {
        SOLVING,
        TIME_LIMIT,
        UNIMPROVED_LIMIT,
        STOPPED_BY_USER,
        INTERRUPTED
    }

    /** A new best score (as the planning kind writes it) and when it was found. */
    public record BestScore(long millis, String score) {
    }

    /** The first feasible best score's time (a score with zero hard part), or null. */
    public Long firstFeasibleMillis() {
        return bestScoreOverTime.stream().filter(b -> b.score() != null && b.score().startsWith("0hard/"))
                .map(BestScore::millis).findFirst().orElse(null);
    }
}
