package org.inspectionplanner.planner.allocation;

/**
 * The allocation pipeline's stop: a lower bound on the peak relative load (the busiest usable inspector's
 * weighted load over max_cases) of any plan that places every case without breaking a hard rule. The
 * pipeline stops as soon as its best plan places every case, breaks no hard rule and reaches this peak:
 * no plan can be better balanced. It must be a true bound: one that is too high would stop the search on a
 * plan that is not the best balanced. The tighter it is, the sooner a good plan is known to be final.
 */
@FunctionalInterface
public interface PeakBound {

    /** Computed once per solve, in the solving thread before the solver starts (it may take a moment). */
    double lowestPeak(AllocationSolution problem);

    /** Whole weight steps over every usable inspector, ignoring skills, conflicts and slots ({@link BalanceBound}). */
    static PeakBound discrete() {
        return BalanceBound::discretePeakLowerBound;
    }

    /**
     * The LP relaxation with eligibility and capacity, rounded to weight steps and tightened by groups
     * ({@link PeakLoadBound}); kept on the problem ({@link AllocationSolution#setPeakBound}), where the
     * rebuild phase ({@link RuinAndRecreate}) looks for it, and computed only if it is not there yet.
     */
    static PeakBound linear() {
        return problem -> {
            PeakLoadBound bound = problem.getPeakBound();
            if (bound == null) {
                bound = PeakLoadBound.of(problem);
                problem.setPeakBound(bound);
            }
            return bound.peak();
        };
    }

    /** The higher of both (each is a true bound, so the higher one is too). */
    static PeakBound strongest() {
        return problem -> Math.max(BalanceBound.discretePeakLowerBound(problem), linear().lowestPeak(problem));
    }
}
