package org.inspectionplanner.planner.allocation;

import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.Solved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyAllocatorTest {

    @Test
    void placesEveryCaseItCanWithoutBreakingAHardRule() {
        AllocationSolution solution = AllocationProblem.create(AllocationSolverTest.cases(), AllocationSolverTest.roster(),
                PARAMS, List.of());
        int placed = GreedyAllocator.allocate(solution);

        AllocationReport report = AllocationReport.of(solution, SolveFigures.none());
        assertThat(placed).isEqualTo(24);
        assertThat(report.score().hard()).isZero();
        assertThat(report.score().medium()).isZero();
        assertThat(report.unassigned()).isEmpty();
    }

    @Test
    void keepsPinnedAndAssignedCasesWhereTheyAre() {
        List<PreviousAssignment> previous = List.of(
                new PreviousAssignment("C01", "DAN", MONDAY, java.time.LocalTime.of(9, 30), true),
                new PreviousAssignment("C02", "DAN", MONDAY, java.time.LocalTime.of(11, 15), false));
        AllocationSolution solution = AllocationProblem.create(AllocationSolverTest.cases(), AllocationSolverTest.roster(),
                PARAMS, previous);
        GreedyAllocator.allocate(solution);
        for (CaseAllocation c : solution.getCases()) {
            if (c.getCaseId().equals("C01") || c.getCaseId().equals("C02")) {
                assertThat(c.getInspector().getId()).isEqualTo("DAN");
                assertThat(c.getSlot().getDay()).isEqualTo(MONDAY);
                assertThat(c.movedFromPrevious()).isFalse();
            }
        }
        assertThat(AllocationReport.of(solution, SolveFigures.none()).score().hard()).isZero();
    }
}
