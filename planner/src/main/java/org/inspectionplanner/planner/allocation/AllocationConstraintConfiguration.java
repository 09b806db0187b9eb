package org.inspectionplanner.planner.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The constraint weights of one allocation problem, read by the solver from the solution, so that one
 * solver configuration serves problems with different weights. Built from {@link AllocationWeights}.
 */
@ConstraintConfiguration
public class AllocationConstraintConfiguration {

    public static final String CAPACITY = "capacity";
    public static final String AVAILABILITY = "availability";
    public static final String CONFLICT_OF_INTEREST = "conflict of interest";
    public static final String SKILLS = "skills";
    public static final String INSPECTOR_SLOT_CLASH = "inspector slot clash";
    public static final String PRACTITIONER_SLOT_CLASH = "practitioner slot clash";
    public static final String UNASSIGNED_CASE = "unassigned case";
    public static final String BALANCE = "balance";
    public static final String BALANCE_IDLE_INSPECTOR = "balance (idle inspector)";
    public static final String CONTINUITY = "continuity";
    public static final String TRAVEL = "travel";
    public static final String PRACTITIONER_LOAD = "practitioner load";
    public static final String STABILITY = "stability";

    @ConstraintWeight(CAPACITY)
    private HardMediumSoftLongScore capacity = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(AVAILABILITY)
    private HardMediumSoftLongScore availability = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(CONFLICT_OF_INTEREST)
    private HardMediumSoftLongScore conflictOfInterest = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(SKILLS)
    private HardMediumSoftLongScore skills = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(INSPECTOR_SLOT_CLASH)
    private HardMediumSoftLongScore inspectorSlotClash = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(PRACTITIONER_SLOT_CLASH)
    private HardMediumSoftLongScore practitionerSlotClash = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(UNASSIGNED_CASE)
    private HardMediumSoftLongScore unassignedCase;
    @ConstraintWeight(BALANCE)
    private HardMediumSoftLongScore balance;
    @ConstraintWeight(BALANCE_IDLE_INSPECTOR)
    private HardMediumSoftLongScore balanceIdleInspector;
    @ConstraintWeight(CONTINUITY)
    private HardMediumSoftLongScore continuity;
    @ConstraintWeight(TRAVEL)
    private HardMediumSoftLongScore travel;
    @ConstraintWeight(PRACTITIONER_LOAD)
    private HardMediumSoftLongScore practitionerLoad;
    @ConstraintWeight(STABILITY)
    private HardMediumSoftLongScore stability;

    private AllocationWeights weights;

    public AllocationConstraintConfiguration() {
        this(AllocationWeights.defaults());
    }

    public AllocationConstraintConfiguration(AllocationWeights weights) {
        this.weights = weights;
        unassignedCase = HardMediumSoftLongScore.ofMedium(weights.unassignedCase());
        balance = HardMediumSoftLongScore.ofSoft(weights.balance());
        // The idle-inspector term is the same balance sum, for inspectors without a case.
        balanceIdleInspector = HardMediumSoftLongScore.ofSoft(weights.balance());
        continuity = HardMediumSoftLongScore.ofSoft(weights.continuity());
        travel = HardMediumSoftLongScore.ofSoft(weights.travel());
        practitionerLoad = HardMediumSoftLongScore.ofSoft(weights.practitionerLoad());
        stability = HardMediumSoftLongScore.ofSoft(weights.stability());
    }

    public AllocationWeights getWeights() {
        return weights;
    }

    /** Every constraint's weight, hard rules first, in the order the documentation lists them. */
    public Map<String, HardMediumSoftLongScore> weightsByName() {
        Map<String, HardMediumSoftLongScore> all = new LinkedHashMap<>();
        all.put(CAPACITY, capacity);
        all.put(AVAILABILITY, availability);
        all.put(CONFLICT_OF_INTEREST, conflictOfInterest);
        all.put(SKILLS, skills);
        all.put(INSPECTOR_SLOT_CLASH, inspectorSlotClash);
        all.put(PRACTITIONER_SLOT_CLASH, practitionerSlotClash);
        all.put(UNASSIGNED_CASE, unassignedCase);
        all.put(BALANCE, balance);
        all.put(BALANCE_IDLE_INSPECTOR, balanceIdleInspector);
        all.put(CONTINUITY, continuity);
        all.put(TRAVEL, travel);
        all.put(PRACTITIONER_LOAD, practitionerLoad);
        all.put(STABILITY, stability);
        return all;
    }
}
