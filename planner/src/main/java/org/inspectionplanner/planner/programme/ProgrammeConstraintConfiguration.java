package org.inspectionplanner.planner.programme;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The soft constraints' weights as OptaPlanner reads them, built from {@link ProgrammeWeights}. */
@ConstraintConfiguration(constraintPackage = ProgrammeConstraintConfiguration.PACKAGE)
public class ProgrammeConstraintConfiguration {

    public static final String PACKAGE = "org.inspectionplanner.planner.programme";
    public static final String URGENCY = "urgency";
    public static final String PREFERRED_START = "preferred start";
    public static final String LEVEL_LOADING = "level loading";
    public static final String JOINT_BURDEN = "joint burden";
    public static final String STABILITY = "stability";
    public static final String ALIGNMENT_PREFERENCE = "alignment preference";

    @ConstraintWeight(URGENCY)
    private HardMediumSoftLongScore urgency;
    @ConstraintWeight(PREFERRED_START)
    private HardMediumSoftLongScore preferredStart;
    @ConstraintWeight(LEVEL_LOADING)
    private HardMediumSoftLongScore levelLoading;
    @ConstraintWeight(JOINT_BURDEN)
    private HardMediumSoftLongScore jointBurden;
    @ConstraintWeight(STABILITY)
    private HardMediumSoftLongScore stability;
    @ConstraintWeight(ALIGNMENT_PREFERENCE)
    private HardMediumSoftLongScore alignmentPreference;

    public ProgrammeConstraintConfiguration() {
        this(ProgrammeWeights.DEFAULT);
    }

    public ProgrammeConstraintConfiguration(ProgrammeWeights w) {
        urgency = HardMediumSoftLongScore.ofSoft(w.urgency());
        preferredStart = HardMediumSoftLongScore.ofSoft(w.preferredStart());
        levelLoading = HardMediumSoftLongScore.ofSoft(w.levelLoading());
        jointBurden = HardMediumSoftLongScore.ofSoft(w.jointBurden());
        stability = HardMediumSoftLongScore.ofSoft(w.stability());
        alignmentPreference = HardMediumSoftLongScore.ofSoft(w.alignment());
    }

    public HardMediumSoftLongScore getAlignmentPreference() {
        return alignmentPreference;
    }

    public HardMediumSoftLongScore getUrgency() {
        return urgency;
    }

    public HardMediumSoftLongScore getPreferredStart() {
        return preferredStart;
    }

    public HardMediumSoftLongScore getLevelLoading() {
        return levelLoading;
    }

    public HardMediumSoftLongScore getJointBurden() {
        return jointBurden;
    }

    public HardMediumSoftLongScore getStability() {
        return stability;
    }
}
