package org.inspectionplanner.planner.solve;

import java.util.List;
import org.optaplanner.core.api.score.Score;

/**
 * How a solve went, the same for every problem and for the CLI and the web service. Every time is in
 * milliseconds from the start of the pipeline (its warm start included).
 *
 * @param timeSpentMillis              until the plan was final (repair included)
 * @param solvingStartedMillis         when OptaPlanner started (after the warm start); null if it never did
 * @param constructionEndedMillis      when the construction heuristic ended; null if it never did
 * @param termination                  why the solve ended, or SOLVING
 * @param scoreCalculationCount        OptaPlanner's count (0 until it has ended)
 * @param scoreCalculationSpeedPerSecond OptaPlanner's speed (0 until it has ended)
 * @param firstFeasibleMillis          the first best plan that broke no hard rule; null if none did
 * @param finalPlanMillis              when the last best plan was found: the time the answer was known
 * @param repaired                     entities the final repair placed
 * @param bestScoreOverTime            each new best plan's score (at most about 200, evenly thinned, first and last kept)
 */
public record SolveFigures(
        long timeSpentMillis,
        Long solvingStartedMillis,
        Long constructionEndedMillis,
        Termination termination,
        long scoreCalculationCount,
        long scoreCalculationSpeedPerSecond,
        Long firstFeasibleMillis,
        Long finalPlanMillis,
        int repaired,
        List<BestScore> bestScoreOverTime) {

    public SolveFigures {
        bestScoreOverTime = List.copyOf(bestScoreOverTime);
    }

    /**
     * A new best plan: its score by level (a two-level score has medium 0) and the step that found it
     * ({@code warm start}, {@code ruin and recreate}, {@code construction}, {@code local search}, {@code repair}).
     */
    public record BestScore(long millis, long hard, long medium, long soft, boolean feasible, String step) {

        public static BestScore of(long millis, Score<?> score, String step) {
            Number[] levels = score.toLevelNumbers();
            long hard = levels.length > 1 ? levels[0].longValue() : 0;
            long medium = levels.length > 2 ? levels[1].longValue() : 0;
            long soft = levels[levels.length - 1].longValue();
            return new BestScore(millis, hard, medium, soft, score.isSolutionInitialized() && score.isFeasible(), step);
        }
    }

    /** For a plan that was not solved here (e.g. one read back from a file and explained). */
    public static SolveFigures none() {
        return new SolveFigures(0, null, null, Termination.NOT_SOLVED, 0, 0, null, null, 0, List.of());
    }
}
