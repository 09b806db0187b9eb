package org.inspectionplanner.planner.allocation;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

/** Selects only unassigned, unpinned cases: local search aims some change-both moves straight at them. */
public final class UnassignedCaseFilter implements SelectionFilter<AllocationSolution, CaseAllocation> {
    @Override
    public boolean accept(ScoreDirector<AllocationSolution> scoreDirector, CaseAllocation allocation) {
        return !allocation.isAssigned() && !allocation.isPinned();
    }
}
