package org.inspectionplanner.planner.allocation;

/** For the tests that enumerate every plan of a tiny problem: which placements the hard rules allow. */
final class TinyPlans {

    private TinyPlans() {
    }

    /**
     * Whether {@code inspector}, already holding {@code cases} cases and {@code interviews} interviews, may take
     * {@code c}: usable, skilled, unconflicted, under max_cases, and with a slot left for its interview.
     */
    static boolean mayTake(AllocationSolution p, FieldworkInspector inspector, CaseAllocation c, int cases,
            int interviews) {
        long slots = p.getSlots().stream().filter(s -> inspector.isAvailableOn(s.getDay())).count();
        int interview = c.hasPractitioner() ? 1 : 0;
        return inspector.isUsable() && inspector.hasSkills(c.getRequiredSkills()) && !inspector.hasConflictWith(c)
                && cases < inspector.getMaxCases() && interviews + interview <= slots;
    }
}
