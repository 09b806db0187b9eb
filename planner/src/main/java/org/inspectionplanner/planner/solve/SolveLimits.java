package org.inspectionplanner.planner.solve;

import java.time.Duration;

/**
 * When a solve stops, besides reaching its problem's bound: at {@code timeLimit} (counted from the start
 * of the pipeline, warm start included), or once the best score has not improved for
 * {@code unimprovedLimit} during local search. A null unimproved limit means the pipeline's default for
 * the problem ({@link PlanningPipeline#defaultUnimprovedLimit}); {@link #NEVER} switches it off.
 *
 * @param seed null for the default seed; with a seed the moves are reproducible (not the timings)
 */
public record SolveLimits(Duration timeLimit, Duration unimprovedLimit, Long seed) {

    /** An unimproved limit that never fires before any time limit. */
    public static final Duration NEVER = Duration.ofDays(3650);

    public SolveLimits {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        if (unimprovedLimit != null && (unimprovedLimit.isNegative() || unimprovedLimit.isZero())) {
            throw new IllegalArgumentException("the unimproved limit must be positive, got " + unimprovedLimit);
        }
    }

    /** The time limit only; the pipeline's default unimproved limit; the default seed. */
    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, null, null);
    }

    public SolveLimits withUnimprovedLimit(Duration unimproved) {
        return new SolveLimits(timeLimit, unimproved, seed);
    }

    public SolveLimits withSeed(Long newSeed) {
        return new SolveLimits(timeLimit, unimprovedLimit, newSeed);
    }
}
