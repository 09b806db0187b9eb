package org.inspectionplanner.planner.allocation;

import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.time.LocalDate;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class AllocationConstraintProviderTest {

    private final ConstraintVerifier<AllocationConstraintProvider, AllocationSolution> verifier = ConstraintVerifier
            .build(new AllocationConstraintProvider(), AllocationSolution.class, CaseAllocation.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    private final AllocationConstraintConfiguration config = new AllocationConstraintConfiguration();

    private final FieldworkInspector ann = fieldworkInspector("ANN", 2, Set.of());
    private final FieldworkInspector bob = fieldworkInspector("BOB", 2, Set.of());

    @Test
    void capacityPenalisesEachCaseOverMaxCases() {
        verifier.verifyThat(AllocationConstraintProvider::capacity)
                .given(config, ann, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)),
                        allocation("C3", "PR3", ann, slot(0, 2)), allocation("C4", "PR4", ann, slot(0, 3)))
                .penalizesBy(2);
    }

    @Test
    void capacityAllowsUpToMaxCases() {
        verifier.verifyThat(AllocationConstraintProvider::capacity)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)),
                        allocation("C3", "PR3", bob, slot(0, 2)), allocation("C4", null, null, null))
                .penalizesBy(0);
    }
}
