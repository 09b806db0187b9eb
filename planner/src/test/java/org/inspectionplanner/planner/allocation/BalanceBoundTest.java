package org.inspectionplanner.planner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.junit.jupiter.api.Test;

class BalanceBoundTest {

    @Test
    void wholeCasesOverUnequalCapacitiesCannotReachTheContinuousIdeal() {
        // 5 cases of weight 1.0 over capacities 2 and 3: the ideal 1.0 is reachable (2 of 2, 3 of 3).
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cases.add(caseRecord("C" + i, "PDU1", "Office A", "PR" + i));
        }
        AllocationSolution even = AllocationProblem.create(cases,
                List.of(inspector("A", 2, Set.of()), inspector("B", 3, Set.of())), PARAMS, List.of());
        assertThat(BalanceBound.discretePeakLowerBound(even)).isCloseTo(1.0, within(1e-6));

        // 5 cases over capacities 3 and 3: the ideal is 5/6, but whole cases force someone to 3 of 3 = 1.0.
        AllocationSolution uneven = AllocationProblem.create(cases,
                List.of(inspector("A", 3, Set.of()), inspector("B", 3, Set.of())), PARAMS, List.of());
        assertThat(uneven.getIdealRelativeLoad()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(BalanceBound.discretePeakLowerBound(uneven)).isCloseTo(1.0, within(1e-6));
    }
}
