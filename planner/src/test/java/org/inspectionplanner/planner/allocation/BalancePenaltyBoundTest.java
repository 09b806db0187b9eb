package org.inspectionplanner.planner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Inspector;
import org.junit.jupiter.api.Test;

/** The balance penalty bound against brute force: every assignment of a few cases within capacity. */
class BalancePenaltyBoundTest {

    @Test
    void neverExceedsTheBestPenaltyOfAnyCompletePlanWithinCapacity() {
        SplittableRandom random = new SplittableRandom(5);
        int tight = 0;
        for (int trial = 0; trial < 40; trial++) {
            int caseCount = 3 + random.nextInt(4);
            List<CaseRecord> cases = new ArrayList<>();
            for (int c = 0; c < caseCount; c++) {
                // weights 1.0 to 2.0 in steps of 0.5: post-custody and high risk each add to the base
                cases.add(caseRecord("C" + c, "PDU1", "Office A", null,
                        random.nextBoolean() ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER,
                        random.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM, 0, 0, false));
            }
            List<Inspector> roster = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                roster.add(inspector("I" + i, 1 + random.nextInt(4), Set.of()));
            }
            AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());
            long bound = BalancePenaltyBound.lowerBound(problem);
            Long best = null;
            int plans = (int) Math.pow(3, caseCount);
            for (int p = 0; p < plans; p++) {
                int[] count = new int[3];
                int code = p;
                for (CaseAllocation c : problem.getCases()) {
                    int i = code % 3;
                    code /= 3;
                    c.setInspector(problem.getInspectors().get(i));
                    count[i]++;
                }
                boolean withinCapacity = true;
                for (int i = 0; i < 3; i++) {
                    withinCapacity &= count[i] <= problem.getInspectors().get(i).getMaxCases();
                }
                if (withinCapacity) {
                    long penalty = BalancePenaltyBound.penalty(problem);
                    best = best == null ? penalty : Math.min(best, penalty);
                }
            }
            if (best != null) {
                assertThat(bound).as("trial %d", trial).isLessThanOrEqualTo(best);
                tight += bound == best ? 1 : 0;
            }
        }
        assertThat(tight).as("reached on some instances").isPositive();
    }
}
