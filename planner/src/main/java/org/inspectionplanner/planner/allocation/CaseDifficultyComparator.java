package org.inspectionplanner.planner.allocation;

import java.util.Comparator;

/** Harder cases first in construction: more required skills, then heavier, then with an interview. */
public final class CaseDifficultyComparator implements Comparator<CaseAllocation> {
    private static final Comparator<CaseAllocation> ORDER = Comparator
            .comparingInt((CaseAllocation c) -> c.getRequiredSkills().size())
            .thenComparingLong(CaseAllocation::getWeight)
            .thenComparing(CaseAllocation::hasPractitioner)
            .thenComparing(CaseAllocation::getCaseId, Comparator.reverseOrder());

    @Override
    public int compare(CaseAllocation a, CaseAllocation b) {
        return ORDER.compare(a, b);
    }
}
