package org.inspectionplanner.planner.allocation;

import static org.inspectionplanner.planner.allocation.AllocationConstraintConfiguration.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The allocation rules, one method each. Weights come from {@link AllocationConstraintConfiguration}
 * (hard rules 1 hard per breach). Streams start from forEachIncludingNullVars, because plain forEach
 * drops an entity with any empty variable (a case without an interview), and then filter explicitly: an empty inspector
 * or slot is a legal state (the case is unassigned), never a match.
 */
public final class AllocationConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                capacity(factory),
                availability(factory),
                conflictOfInterest(factory),
                skills(factory),
                inspectorSlotClash(factory),
                practitionerSlotClash(factory),
                unassignedCase(factory),
                balance(factory),
                balanceIdleInspector(factory),
                continuity(factory),
                travel(factory),
                practitionerLoad(factory),
                stability(factory)
        };
    }

    /** Hard: no inspector takes more than max_cases cases; penalised per case over. */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.getInspector() != null)
                .groupBy(CaseAllocation::getInspector, count())
                .filter((inspector, cases) -> cases > inspector.getMaxCases())
                .penalizeConfigurable((inspector, cases) -> cases - inspector.getMaxCases())
                .asConstraint(CAPACITY);
    }

    /**
     * Hard: the interview day is one of the inspector's available days; a case without an interview
     * still needs an inspector who is available on some fieldwork day.
     */
    Constraint availability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.getInspector() != null && (c.getSlot() != null
                        ? !c.getInspector().isAvailableOn(c.getSlot().getDay())
                        : c.getInspector().getAvailableDays().isEmpty()))
                .penalizeConfigurable()
                .asConstraint(AVAILABILITY);
    }

    /** Hard: no case from a PDU, or with a practitioner, that the inspector has a conflict of interest with. */
    Constraint conflictOfInterest(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.getInspector() != null && c.getInspector().hasConflictWith(c))
                .penalizeConfigurable()
                .asConstraint(CONFLICT_OF_INTEREST);
    }

    /** Hard: the inspector holds every skill the skill rule table asks of the case; penalised per missing skill. */
    Constraint skills(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.getInspector() != null && !c.getInspector().hasSkills(c.getRequiredSkills()))
                .penalizeConfigurable(c -> c.getInspector().countMissingSkills(c.getRequiredSkills()))
                .asConstraint(SKILLS);
    }

    /** Hard: an inspector holds one interview per slot. */
    Constraint inspectorSlotClash(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(CaseAllocation::hasInterview)
                .join(factory.forEachIncludingNullVars(CaseAllocation.class).filter(CaseAllocation::hasInterview),
                        Joiners.equal(CaseAllocation::getInspector),
                        Joiners.equal(CaseAllocation::getSlot),
                        Joiners.lessThan(CaseAllocation::getCaseId))
                .penalizeConfigurable()
                .asConstraint(INSPECTOR_SLOT_CLASH);
    }

    /** Hard: a practitioner has one interview per slot. */
    Constraint practitionerSlotClash(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(CaseAllocation::hasInterview)
                .join(factory.forEachIncludingNullVars(CaseAllocation.class).filter(CaseAllocation::hasInterview),
                        Joiners.equal(CaseAllocation::getPractitionerId),
                        Joiners.equal(CaseAllocation::getSlot),
                        Joiners.lessThan(CaseAllocation::getCaseId))
                .penalizeConfigurable()
                .asConstraint(PRACTITIONER_SLOT_CLASH);
    }

    /** Medium: every case has an inspector, and an interview slot when it has a practitioner. */
    Constraint unassignedCase(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> !c.isAssigned())
                .penalizeConfigurable()
                .asConstraint(UNASSIGNED_CASE);
    }

    /**
     * Soft: weighted load relative to capacity as even as possible. Per inspector, the squared deviation
     * (in basis points) from the ideal relative load, which is fixed for the problem, so the sum is
     * incremental: only the inspectors a move touches are recalculated. Only assigned cases count: a case with
     * an inspector but without the interview slot it needs is unassigned, and counting it let the solver park
     * unplaceable cases with an under-loaded inspector to look balanced (one PDU, seed 3: an inspector at 0.75
     * scored as if at 1.2).
     */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(CaseAllocation::isAssigned)
                .groupBy(CaseAllocation::getInspector, sumLong(CaseAllocation::getWeight))
                .penalizeConfigurableLong(FieldworkInspector::balancePenalty)
                .asConstraint(BALANCE);
    }

    /** Soft: the balance term of a usable inspector with no assigned case (a group-by has no group for them). */
    Constraint balanceIdleInspector(ConstraintFactory factory) {
        return factory.forEach(FieldworkInspector.class)
                .filter(FieldworkInspector::isUsable)
                .ifNotExistsIncludingNullVars(CaseAllocation.class, Joiners.equal(i -> i, CaseAllocation::getInspector),
                        Joiners.filtering((i, c) -> c.isAssigned()))
                .penalizeConfigurableLong(i -> i.balancePenalty(0))
                .asConstraint(BALANCE_IDLE_INSPECTOR);
    }

    /** Soft: a practitioner's cases with as few inspectors as possible; penalised per inspector beyond the first. */
    Constraint continuity(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.getInspector() != null && c.hasPractitioner())
                .groupBy(CaseAllocation::getPractitionerId, countDistinct(CaseAllocation::getInspector))
                .filter((practitioner, inspectors) -> inspectors > 1)
                .penalizeConfigurable((practitioner, inspectors) -> inspectors - 1)
                .asConstraint(CONTINUITY);
    }

    /** Soft: as few distinct offices per inspector per interview day as possible; penalised per office beyond the first. */
    Constraint travel(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(CaseAllocation::hasInterview)
                .groupBy(CaseAllocation::getInspector, c -> c.getSlot().getDay(), countDistinct(CaseAllocation::getOffice))
                .filter((inspector, day, offices) -> offices > 1)
                .penalizeConfigurable((inspector, day, offices) -> offices - 1)
                .asConstraint(TRAVEL);
    }

    /** Soft: at most two interviews a day for one practitioner; penalised per interview beyond two. */
    Constraint practitionerLoad(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(CaseAllocation::hasInterview)
                .groupBy(CaseAllocation::getPractitionerId, c -> c.getSlot().getDay(), count())
                .filter((practitioner, day, interviews) -> interviews > 2)
                .penalizeConfigurable((practitioner, day, interviews) -> interviews - 2)
                .asConstraint(PRACTITIONER_LOAD);
    }

    /** Soft: when re-planning, each unpinned case whose inspector or interview slot differs from the previous plan. */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(CaseAllocation.class)
                .filter(c -> c.hasPrevious() && !c.isPinned() && c.movedFromPrevious())
                .penalizeConfigurable()
                .asConstraint(STABILITY);
    }
}
