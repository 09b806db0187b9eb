package org.inspectionplanner.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.PreviousAssignment;
import org.junit.jupiter.api.Test;

/**
 * Finding 6: a team lead's move of a case to another interview slot is checked against the hard rules before
 * it is saved. Two cases of one inspector at 09:30 and 11:15 on the first day: moving the second to 09:30 is
 * blocked by the inspector slot clash; moving it to 14:00 on the same day is allowed.
 */
class AllocationMoveCheckTest {

    private static final DemoData DEMO = DemoData.small();
    private static final DemoData.PlannedFieldwork FIELDWORK = DEMO.fieldworkPlan().get(0);
    private static final AllocationParameters PARAMS = AllocationParameters.of(FIELDWORK.fieldworkStart());
    private static final LocalDate DAY = FIELDWORK.fieldworkStart();

    private final List<CaseRecord> cases = DEMO.caseload().stream()
            .filter(c -> c.pdu().equals(FIELDWORK.pdu())).limit(10).toList();
    private final List<Inspector> inspectors = DEMO.inspectors();
    private final String inspector = inspectors.get(0).inspectorId();

    /** The plan: the first case at 09:30 and the second at 11:15 with the same inspector, the others unassigned. */
    private List<PreviousAssignment> plan() {
        return plan(inspector);
    }

    /** The plan with the two first cases held by the given inspector. */
    private List<PreviousAssignment> plan(String inspector) {
        List<PreviousAssignment> rows = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String id = cases.get(i).caseId();
            rows.add(switch (i) {
                case 0 -> new PreviousAssignment(id, inspector, DAY, LocalTime.of(9, 30), false);
                case 1 -> new PreviousAssignment(id, inspector, DAY, LocalTime.of(11, 15), false);
                default -> new PreviousAssignment(id, null, null, null, false);
            });
        }
        return rows;
    }

    private AllocationPlanning.Checked move(String caseId, String toInspector, LocalDate day, LocalTime time) {
        return AllocationPlanning.check(plan(), caseId, toInspector, day == null ? null : new AllocationPlanning.InterviewSlot(day, time),
                previous -> AllocationProblem.create(cases, inspectors, PARAMS, previous));
    }

    @Test
    void aMoveIntoASlotTheInspectorAlreadyHoldsIsBlockedAndNamesTheRule() {
        AllocationPlanning.Checked checked = move(cases.get(1).caseId(), null, DAY, LocalTime.of(9, 30));
        assertThat(checked.brokenRules()).contains("inspector slot clash");
    }

    @Test
    void aMoveIntoAFreeSlotIsAllowedAndTheMovedPlanHasTheCaseThere() {
        String caseId = cases.get(1).caseId();
        AllocationPlanning.Checked checked = move(caseId, null, DAY, LocalTime.of(14, 0));
        assertThat(checked.brokenRules()).isEmpty();
        var moved = checked.after().getCases().stream().filter(c -> c.getCaseId().equals(caseId)).findFirst().orElseThrow();
        assertThat(moved.getSlot().getDay()).isEqualTo(DAY);
        assertThat(moved.getSlot().getTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(moved.getInspector().getId()).isEqualTo(inspector);
    }

    @Test
    void aSlotOutsideTheFieldworkIsRefusedInWords() {
        assertThatThrownBy(() -> move(cases.get(1).caseId(), null, DAY.minusDays(1), LocalTime.of(9, 30)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not an interview slot of this fieldwork");
    }

    @Test
    void aCaseWithoutAnInspectorCannotBeGivenOnlyASlot() {
        assertThatThrownBy(() -> move(cases.get(2).caseId(), null, DAY, LocalTime.of(14, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose one as well as the slot");
    }

    /** An inspector available on the first fieldwork day, so only the rule under test can block. */
    private final Inspector available = inspectors.stream().filter(i -> i.availableDays().contains(DAY)).findFirst().orElseThrow();

    private AllocationPlanning.Checked allocate(List<Inspector> roster, LocalTime time) {
        return AllocationPlanning.check(plan(available.inspectorId()), cases.get(2).caseId(), available.inspectorId(),
                new AllocationPlanning.InterviewSlot(DAY, time), previous -> AllocationProblem.create(cases, roster, PARAMS, previous));
    }

    /** Issue 13, gap: a case the solver left unassigned is given an inspector and a slot by hand, on the same checked path. */
    @Test
    void anUnassignedCaseGivenAnInspectorAndAFreeSlotIsAllowed() {
        String caseId = cases.get(2).caseId();
        AllocationPlanning.Checked checked = allocate(inspectors, LocalTime.of(14, 0));
        assertThat(checked.brokenRules()).isEmpty();
        var moved = checked.after().getCases().stream().filter(c -> c.getCaseId().equals(caseId)).findFirst().orElseThrow();
        assertThat(moved.getInspector().getId()).isEqualTo(available.inspectorId());
        assertThat(moved.getSlot().getTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void anUnassignedCaseGivenAnInspectorInASlotTheyHoldIsBlockedAndNamesTheRule() {
        assertThat(allocate(inspectors, LocalTime.of(9, 30)).brokenRules()).containsExactly("inspector slot clash");
    }

    @Test
    void anUnassignedCaseGivenAnInspectorWithoutRoomIsBlockedByCapacity() {
        // The inspector with room for two cases only: the two planned cases fill them.
        Inspector a = available;
        List<Inspector> tight = inspectors.stream().map(i -> i != a ? i : new Inspector(a.inspectorId(), a.name(), a.inspectorate(),
                a.role(), a.skills(), 2, a.availableDays(), a.conflictPdus(), a.conflictPractitioners(), a.extra())).toList();
        assertThat(allocate(tight, LocalTime.of(14, 0)).brokenRules()).containsExactly("capacity");
    }
}
