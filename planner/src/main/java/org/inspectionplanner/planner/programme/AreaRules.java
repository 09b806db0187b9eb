package org.inspectionplanner.planner.programme;

/**
 * The limits on inspection burden of one area: starts at least {@code gapWeeks} apart (hard), and a
 * soft penalty for pairs starting fewer than {@code gapWeeks + jointBurdenReachWeeks} weeks apart.
 */
public record AreaRules(int gapWeeks, int jointBurdenReachWeeks) {
}
