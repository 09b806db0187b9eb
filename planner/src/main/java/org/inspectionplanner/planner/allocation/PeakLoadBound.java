package org.inspectionplanner.planner.allocation;

/**
 * A lower bound on the peak relative load (weighted load over capacity, the busiest usable inspector's)
 * of any plan that places every case of the problem without breaking a hard rule. The allocation
 * pipeline stops as soon as its best plan places every case and reaches this bound: no plan can be
 * better balanced. The tighter the bound, the sooner a good plan is recognised as final; a bound that
 * is too high would stop the search early on a plan that is not the best, so it must be a true bound.
 * {@link BalanceBound#discretePeakLowerBound} is one; 0 never stops the search.
 */
@FunctionalInterface
public interface PeakLoadBound {

    /** Computed once per solve, before the solver starts. */
    double lowestPeak(AllocationSolution problem);

    /** The bound of {@link BalanceBound#discretePeakLowerBound}: whole weight steps, ignoring skills, conflicts and slots. */
    static PeakLoadBound discrete() {
        return BalanceBound::discretePeakLowerBound;
    }
}
