package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;

/**
 * An inspector as this fieldwork sees them: the roster row resolved against the fieldwork days.
 * Identity equality, so that grouping and joining on inspectors stays cheap.
 */
public final class FieldworkInspector {
    private final Inspector inspector;
    private final EnumSet<Skill> skills;
    private final Set<LocalDate> availableDays;
    private final double idealRelativeLoad;
    private final boolean usable;

    /** An inspector who is usable when they have capacity and a fieldwork day. */
    public FieldworkInspector(Inspector inspector, List<LocalDate> fieldworkDays, double idealRelativeLoad) {
        this(inspector, fieldworkDays, idealRelativeLoad, Set.of());
    }

    /**
     * @param fieldworkDays the days of this fieldwork; the inspector's available days are cut to them
     * @param idealRelativeLoad total case weight over total usable capacity: the load every inspector would carry in a perfect balance
     * @param samplePdus the PDUs of the sample: an inspector conflicted with all of them cannot take any case
     */
    public FieldworkInspector(Inspector inspector, List<LocalDate> fieldworkDays, double idealRelativeLoad,
            Set<String> samplePdus) {
        this.inspector = inspector;
        this.skills = inspector.skills().isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(inspector.skills());
        this.availableDays = Set.copyOf(fieldworkDays.stream().filter(inspector::isAvailableOn).toList());
        this.idealRelativeLoad = idealRelativeLoad;
        this.usable = isUsable(inspector, fieldworkDays, samplePdus);
    }

    /** Can take cases at all: some capacity, a fieldwork day, and a sample PDU without a conflict of interest. */
    public static boolean isUsable(Inspector inspector, List<LocalDate> fieldworkDays, Set<String> samplePdus) {
        return inspector.maxCases() > 0 && fieldworkDays.stream().anyMatch(inspector::isAvailableOn)
                && (samplePdus.isEmpty() || !inspector.conflictPdus().containsAll(samplePdus));
    }

    public Inspector getInspector() {
        return inspector;
    }

    public String getId() {
        return inspector.inspectorId();
    }

    public int getMaxCases() {
        return inspector.maxCases();
    }

    public Set<LocalDate> getAvailableDays() {
        return availableDays;
    }

    public boolean isAvailableOn(LocalDate day) {
        return availableDays.contains(day);
    }

    /** Can take cases at all (see {@link #isUsable(Inspector, List, Set)}); only usable inspectors count in the balance. */
    public boolean isUsable() {
        return usable;
    }

    public boolean hasSkills(Set<Skill> required) {
        return skills.containsAll(required);
    }

    public int countMissingSkills(Set<Skill> required) {
        int missing = 0;
        for (Skill skill : required) {
            if (!skills.contains(skill)) {
                missing++;
            }
        }
        return missing;
    }

    public boolean hasConflictWith(CaseAllocation allocation) {
        return inspector.conflictPdus().contains(allocation.getPdu())
                || (allocation.hasPractitioner() && inspector.conflictPractitioners().contains(allocation.getPractitionerId()));
    }

    public double getIdealRelativeLoad() {
        return idealRelativeLoad;
    }

    /** Weighted load (hundredths of a case) over capacity, as a fraction. */
    public double relativeLoad(long weightedLoad) {
        return weightedLoad / (CaseWeights.SCALE * (double) Math.max(1, inspector.maxCases()));
    }

    /**
     * The balance penalty of carrying {@code weightedLoad}: the squared deviation from the ideal relative
     * load, in basis points (1/10,000 of capacity) squared. Integer, so that scores stay exact.
     */
    public long balancePenalty(long weightedLoad) {
        long deviation = Math.round((relativeLoad(weightedLoad) - idealRelativeLoad) * 10_000);
        return deviation * deviation;
    }

    @Override
    public String toString() {
        return inspector.inspectorId();
    }
}
