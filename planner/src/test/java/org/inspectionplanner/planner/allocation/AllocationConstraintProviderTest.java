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
                        allocation("C3", "PR3", ann, slot(0, 2)), allocation("C4", "PR4", ann, slot(0, 3)),
                        allocation("C5", null, ann, null)) // a case without an interview counts too
                .penalizesBy(3);
    }

    @Test
    void capacityAllowsUpToMaxCases() {
        verifier.verifyThat(AllocationConstraintProvider::capacity)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)),
                        allocation("C3", "PR3", bob, slot(0, 2)), allocation("C4", null, null, null))
                .penalizesBy(0);
    }

    @Test
    void capacityFailsWhenCountIsWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.verifyThat(AllocationConstraintProvider::capacity)
                .given(config, ann, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)),
                        allocation("C3", "PR3", ann, slot(0, 2)))
                .penalizesBy(2)).isInstanceOf(AssertionError.class);
    }

    @Test
    void availabilityPenalisesInterviewOnUnavailableDay() {
        FieldworkInspector tuesdayOnly = fieldworkInspector(
                inspector("TUE", 5, Set.of(), Set.of(MONDAY.plusDays(1)), Set.of(), Set.of()), 0.5);
        verifier.verifyThat(AllocationConstraintProvider::availability)
                .given(config, tuesdayOnly, allocation("C1", "PR1", tuesdayOnly, slot(0, 0)),
                        allocation("C2", "PR2", tuesdayOnly, slot(2, 1)))
                .penalizesBy(2);
    }

    @Test
    void availabilityPenalisesCaseWithoutInterviewForInspectorAwayAllFieldwork() {
        FieldworkInspector away = fieldworkInspector(
                inspector("AWAY", 5, Set.of(), Set.of(MONDAY.plusDays(14)), Set.of(), Set.of()), 0.5);
        verifier.verifyThat(AllocationConstraintProvider::availability)
                .given(config, away, allocation("C1", null, away, null))
                .penalizesBy(1);
    }

    @Test
    void availabilityAllowsAvailableDaysAndEmptyMeaningEveryDay() {
        FieldworkInspector tuesdayOnly = fieldworkInspector(
                inspector("TUE", 5, Set.of(), Set.of(MONDAY.plusDays(1)), Set.of(), Set.of()), 0.5);
        verifier.verifyThat(AllocationConstraintProvider::availability)
                .given(config, tuesdayOnly, ann, allocation("C1", "PR1", tuesdayOnly, slot(1, 0)),
                        allocation("C2", null, tuesdayOnly, null), allocation("C3", "PR3", ann, slot(3, 3)))
                .penalizesBy(0);
    }

    @Test
    void conflictOfInterestPenalisesConflictedPduAndPractitioner() {
        FieldworkInspector conflicted = fieldworkInspector(
                inspector("CON", 5, Set.of(), Set.of(), Set.of("PDU1"), Set.of("PR9")), 0.5);
        verifier.verifyThat(AllocationConstraintProvider::conflictOfInterest)
                .given(config, conflicted,
                        allocation(caseRecord("C1", "PDU1", "Office A", "PR1"), conflicted, slot(0, 0)),
                        allocation(caseRecord("C2", "PDU2", "Office B", "PR9"), conflicted, slot(0, 1)))
                .penalizesBy(2);
    }

    @Test
    void conflictOfInterestAllowsOtherPdusAndPractitioners() {
        FieldworkInspector conflicted = fieldworkInspector(
                inspector("CON", 5, Set.of(), Set.of(), Set.of("PDU1"), Set.of("PR9")), 0.5);
        verifier.verifyThat(AllocationConstraintProvider::conflictOfInterest)
                .given(config, conflicted, ann,
                        allocation(caseRecord("C1", "PDU2", "Office A", "PR1"), conflicted, slot(0, 0)),
                        allocation(caseRecord("C2", "PDU1", "Office B", "PR9"), ann, slot(0, 1)),
                        allocation(caseRecord("C3", "PDU1", "Office B", "PR9"), null, null))
                .penalizesBy(0);
    }

    @Test
    void skillsPenaliseEachMissingSkill() {
        CaseRecord welshMappa = caseRecord("C1", "PDU1", "Office A", "PR1", SentenceType.LICENCE, RiskLevel.HIGH, 1, 2, true);
        verifier.verifyThat(AllocationConstraintProvider::skills)
                .given(config, ann, allocation(welshMappa, ann, slot(0, 0)))
                .penalizesBy(3); // WELSH_LANGUAGE, SEXUAL_OFFENDING and MAPPA
    }

    @Test
    void skillsAllowSkilledInspectorAndOrdinaryCases() {
        FieldworkInspector specialist = fieldworkInspector("SPEC", 5,
                Set.of(Skill.WELSH_LANGUAGE, Skill.SEXUAL_OFFENDING, Skill.MAPPA));
        CaseRecord welshMappa = caseRecord("C1", "PDU1", "Office A", "PR1", SentenceType.LICENCE, RiskLevel.HIGH, 1, 2, true);
        verifier.verifyThat(AllocationConstraintProvider::skills)
                .given(config, specialist, ann, allocation(welshMappa, specialist, slot(0, 0)),
                        allocation("C2", "PR2", ann, slot(0, 1)))
                .penalizesBy(0);
    }

    @Test
    void inspectorSlotClashPenalisesTwoInterviewsInOneSlot() {
        verifier.verifyThat(AllocationConstraintProvider::inspectorSlotClash)
                .given(config, ann, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 0)),
                        allocation("C3", "PR3", ann, slot(0, 0)))
                .penalizesBy(3); // three pairs
    }

    @Test
    void inspectorSlotClashAllowsDifferentSlotsOrInspectors() {
        verifier.verifyThat(AllocationConstraintProvider::inspectorSlotClash)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)),
                        allocation("C3", "PR3", bob, slot(0, 0)), allocation("C4", "PR4", null, slot(0, 0)),
                        allocation("C5", null, ann, null), allocation("C6", null, ann, null))
                .penalizesBy(0);
    }

    @Test
    void practitionerSlotClashPenalisesOnePractitionerTwiceInASlot() {
        verifier.verifyThat(AllocationConstraintProvider::practitionerSlotClash)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(1, 2)), allocation("C2", "PR1", bob, slot(1, 2)))
                .penalizesBy(1);
    }

    @Test
    void practitionerSlotClashAllowsDifferentSlotsOrPractitioners() {
        verifier.verifyThat(AllocationConstraintProvider::practitionerSlotClash)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(1, 2)), allocation("C2", "PR1", bob, slot(1, 3)),
                        allocation("C3", "PR2", bob, slot(1, 2)), allocation("C4", "PR1", null, slot(1, 2)))
                .penalizesBy(0);
    }

    @Test
    void unassignedCasePenalisesMissingInspectorOrMissingInterview() {
        verifier.verifyThat(AllocationConstraintProvider::unassignedCase)
                .given(config, ann, allocation("C1", "PR1", null, null), allocation("C2", "PR2", ann, null),
                        allocation("C3", null, null, null))
                .penalizesBy(3);
    }

    @Test
    void unassignedCaseAllowsAssignedCasesAndCasesWithoutPractitioner() {
        verifier.verifyThat(AllocationConstraintProvider::unassignedCase)
                .given(config, ann, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", null, ann, null))
                .penalizesBy(0);
    }

    @Test
    void balancePenalisesSquaredDeviationFromIdealRelativeLoad() {
        // Ideal 0.5; ANN carries 2 cases of weight 1.0 over capacity 2 = 1.0: deviation 5,000 bp.
        verifier.verifyThat(AllocationConstraintProvider::balance)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, slot(0, 1)))
                .penalizesBy(25_000_000L);
    }

    @Test
    void balanceAllowsEveryInspectorAtTheIdeal() {
        verifier.verifyThat(AllocationConstraintProvider::balance)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", bob, slot(0, 1)))
                .penalizesBy(0);
    }

    @Test
    void balanceCountsOnlyAssignedCases() {
        // C2 has a practitioner but no interview slot: it is unassigned, so it is no load of ANN's (who stays at
        // the ideal 0.5 with C1). Counting it let the solver park unplaceable cases to look balanced.
        verifier.verifyThat(AllocationConstraintProvider::balance)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", ann, null),
                        allocation("C3", "PR3", bob, slot(0, 1)))
                .penalizesBy(0);
    }

    @Test
    void balanceIdleInspectorCountsAnInspectorWithOnlyUnassignedCasesAsIdle() {
        verifier.verifyThat(AllocationConstraintProvider::balanceIdleInspector)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR2", bob, null))
                .penalizesBy(25_000_000L); // BOB holds no assigned case: 0 against 0.5
    }

    @Test
    void balanceIdleInspectorPenalisesUsableInspectorWithoutCases() {
        verifier.verifyThat(AllocationConstraintProvider::balanceIdleInspector)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)))
                .penalizesBy(25_000_000L); // BOB at 0 against 0.5
    }

    @Test
    void balanceIdleInspectorAllowsBusyAndUnusableInspectors() {
        FieldworkInspector away = fieldworkInspector(
                inspector("AWAY", 5, Set.of(), Set.of(MONDAY.plusDays(14)), Set.of(), Set.of()), 0.5);
        FieldworkInspector conflictedWithEverySamplePdu = new FieldworkInspector(
                inspector("CON", 5, Set.of(), Set.of(), Set.of("PDU1"), Set.of()), PARAMS.fieldworkDays(), 0.5, Set.of("PDU1"));
        verifier.verifyThat(AllocationConstraintProvider::balanceIdleInspector)
                .given(config, ann, away, conflictedWithEverySamplePdu, allocation("C1", "PR1", ann, slot(0, 0)))
                .penalizesBy(0);
    }

    @Test
    void continuityPenalisesEachExtraInspectorForOnePractitioner() {
        FieldworkInspector cat = fieldworkInspector("CAT", 2, Set.of());
        verifier.verifyThat(AllocationConstraintProvider::continuity)
                .given(config, ann, bob, cat, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR1", bob, slot(0, 1)),
                        allocation("C3", "PR1", cat, slot(0, 2)))
                .penalizesBy(2);
    }

    @Test
    void continuityAllowsOneInspectorPerPractitioner() {
        verifier.verifyThat(AllocationConstraintProvider::continuity)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR1", ann, slot(0, 1)),
                        allocation("C3", "PR2", bob, slot(0, 2)), allocation("C4", "PR2", null, null))
                .penalizesBy(0);
    }

    @Test
    void travelPenalisesEachExtraOfficeInOneInspectorDay() {
        verifier.verifyThat(AllocationConstraintProvider::travel)
                .given(config, ann,
                        allocation(caseRecord("C1", "PDU1", "Office A", "PR1"), ann, slot(0, 0)),
                        allocation(caseRecord("C2", "PDU1", "Office B", "PR2"), ann, slot(0, 1)),
                        allocation(caseRecord("C3", "PDU1", "Office C", "PR3"), ann, slot(0, 2)))
                .penalizesBy(2);
    }

    @Test
    void travelAllowsOneOfficePerDayAndOtherOfficesOnOtherDays() {
        verifier.verifyThat(AllocationConstraintProvider::travel)
                .given(config, ann, bob,
                        allocation(caseRecord("C1", "PDU1", "Office A", "PR1"), ann, slot(0, 0)),
                        allocation(caseRecord("C2", "PDU1", "Office A", "PR2"), ann, slot(0, 1)),
                        allocation(caseRecord("C3", "PDU1", "Office B", "PR3"), ann, slot(1, 0)),
                        allocation(caseRecord("C4", "PDU1", "Office C", "PR4"), bob, slot(0, 0)))
                .penalizesBy(0);
    }

    @Test
    void practitionerLoadPenalisesInterviewsBeyondTwoADay() {
        verifier.verifyThat(AllocationConstraintProvider::practitionerLoad)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR1", ann, slot(0, 1)),
                        allocation("C3", "PR1", bob, slot(0, 2)), allocation("C4", "PR1", bob, slot(0, 3)))
                .penalizesBy(2);
    }

    @Test
    void practitionerLoadAllowsTwoADay() {
        verifier.verifyThat(AllocationConstraintProvider::practitionerLoad)
                .given(config, ann, bob, allocation("C1", "PR1", ann, slot(0, 0)), allocation("C2", "PR1", ann, slot(0, 1)),
                        allocation("C3", "PR1", bob, slot(1, 2)), allocation("C4", "PR1", bob, slot(1, 3)))
                .penalizesBy(0);
    }

    @Test
    void stabilityPenalisesUnpinnedCasesMovedFromThePreviousPlan() {
        CaseAllocation movedInspector = allocation("C1", "PR1", null, null);
        movedInspector.setPrevious(ann, "ANN", slot(0, 0), false);
        movedInspector.setInspector(bob);
        CaseAllocation movedSlot = allocation("C2", "PR2", null, null);
        movedSlot.setPrevious(ann, "ANN", slot(0, 1), false);
        movedSlot.setSlot(slot(2, 1));
        CaseAllocation unassigned = allocation("C3", "PR3", null, null);
        unassigned.setPrevious(ann, "ANN", slot(0, 2), false);
        unassigned.setInspector(null);
        verifier.verifyThat(AllocationConstraintProvider::stability)
                .given(config, ann, bob, movedInspector, movedSlot, unassigned)
                .penalizesBy(3);
    }

    @Test
    void stabilityAllowsUnchangedPinnedAndNewCases() {
        CaseAllocation unchanged = allocation("C1", "PR1", null, null);
        unchanged.setPrevious(ann, "ANN", slot(0, 0), false);
        CaseAllocation pinned = allocation("C2", "PR2", null, null);
        pinned.setPrevious(ann, "ANN", slot(0, 1), true);
        CaseAllocation fresh = allocation("C3", "PR3", bob, slot(0, 2));
        CaseAllocation noInterview = allocation("C4", null, null, null);
        noInterview.setPrevious(bob, "BOB", null, false);
        verifier.verifyThat(AllocationConstraintProvider::stability)
                .given(config, ann, bob, unchanged, pinned, fresh, noInterview)
                .penalizesBy(0);
    }
}
