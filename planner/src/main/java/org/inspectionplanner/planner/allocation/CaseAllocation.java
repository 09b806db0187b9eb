package org.inspectionplanner.planner.allocation;

import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.roster.Skill;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One sampled case to allocate: the planning entity. The solver chooses its inspector and, when the
 * case has a practitioner, the interview slot. Both may stay empty: a case that cannot fit is left
 * unassigned rather than breaking a hard constraint.
 */
@PlanningEntity(difficultyComparatorClass = CaseDifficultyComparator.class)
public class CaseAllocation {

    @PlanningId
    private String caseId;
    private CaseRecord caseRecord;
    private Set<Skill> requiredSkills;
    private long weight;
    /** Every slot for a case with a practitioner; none for a case without (it gets no interview). */
    private List<Slot> slotRange;
    private boolean pinned;
    /** The previous plan's inspector id, or null when there is no previous plan for this case. */
    private String previousInspectorId;
    private Slot previousSlot;
    private boolean hasPrevious;

    @PlanningVariable(valueRangeProviderRefs = "inspectorRange", nullable = true)
    private FieldworkInspector inspector;

    @PlanningVariable(valueRangeProviderRefs = "slotRange", nullable = true)
    private Slot slot;

    /** For the solver's cloner. */
    public CaseAllocation() {
    }

    public CaseAllocation(CaseRecord caseRecord, Set<Skill> requiredSkills, long weight, List<Slot> allSlots) {
        this.caseId = caseRecord.caseId();
        this.caseRecord = caseRecord;
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.weight = weight;
        this.slotRange = caseRecord.hasPractitioner() ? allSlots : List.of();
    }

    /** Sets what the previous plan said; {@code pinned} fixes inspector and slot for the solver. */
    public void setPrevious(FieldworkInspector previousInspector, String previousInspectorId, Slot previousSlot, boolean pinned) {
        this.hasPrevious = true;
        this.previousInspectorId = previousInspectorId;
        this.previousSlot = previousSlot;
        this.pinned = pinned;
        this.inspector = previousInspector;
        this.slot = caseRecord.hasPractitioner() ? previousSlot : null;
    }

    @ValueRangeProvider(id = "slotRange")
    public List<Slot> getSlotRange() {
        return slotRange;
    }

    public String getCaseId() {
        return caseId;
    }

    public CaseRecord getCaseRecord() {
        return caseRecord;
    }

    public String getPdu() {
        return caseRecord.pdu();
    }

    public String getOffice() {
        return caseRecord.office();
    }

    public String getPractitionerId() {
        return caseRecord.practitionerId();
    }

    public boolean hasPractitioner() {
        return caseRecord.hasPractitioner();
    }

    public Set<Skill> getRequiredSkills() {
        return requiredSkills;
    }

    /** Case weight in hundredths ({@link CaseWeights#SCALE}). */
    public long getWeight() {
        return weight;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public boolean hasPrevious() {
        return hasPrevious;
    }

    public String getPreviousInspectorId() {
        return previousInspectorId;
    }

    public Slot getPreviousSlot() {
        return previousSlot;
    }

    public FieldworkInspector getInspector() {
        return inspector;
    }

    public void setInspector(FieldworkInspector inspector) {
        this.inspector = inspector;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    /** Has an inspector, and an interview slot if it needs one. */
    public boolean isAssigned() {
        return inspector != null && (slot != null || !hasPractitioner());
    }

    /** Has an inspector and an interview slot: the interview is timetabled. */
    public boolean hasInterview() {
        return inspector != null && slot != null;
    }

    /** Differs from the previous plan (inspector or interview slot). */
    public boolean movedFromPrevious() {
        String inspectorId = inspector == null ? null : inspector.getId();
        boolean sameInspector = previousInspectorId == null ? inspectorId == null : previousInspectorId.equals(inspectorId);
        boolean sameSlot = !hasPractitioner() || previousSlot == slot;
        return !(sameInspector && sameSlot);
    }

    @Override
    public String toString() {
        return caseId;
    }
}
