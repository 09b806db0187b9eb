package org.inspectionplanner.planner.programme;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning solution: the programme's inspections on the horizon's weeks. Build it with {@link ProgrammeProblem}. */
@PlanningSolution
public class ProgrammeSchedule {

    private ProgrammeParameters parameters;

    @ProblemFactCollectionProperty
    private List<Week> weeks;
    @ProblemFactCollectionProperty
    private List<WeekCapacity> capacities;
    @ProblemFactCollectionProperty
    private List<Blackout> blackouts;
    @ProblemFactProperty
    private AreaRules areaRules;
    @ConstraintConfigurationProvider
    private ProgrammeConstraintConfiguration constraintConfiguration;
    @PlanningEntityCollectionProperty
    private List<ScheduledInspection> inspections;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public ProgrammeSchedule() {
    }

    public ProgrammeSchedule(ProgrammeParameters parameters, List<Week> weeks, List<WeekCapacity> capacities,
            List<Blackout> blackouts, List<ScheduledInspection> inspections) {
        this.parameters = parameters;
        this.weeks = weeks;
        this.capacities = capacities;
        this.blackouts = blackouts;
        this.areaRules = new AreaRules(parameters.areaGapWeeks(), parameters.jointBurdenReachWeeks());
        this.constraintConfiguration = new ProgrammeConstraintConfiguration(parameters.weights());
        this.inspections = inspections;
        java.util.Set<Integer> blackoutWeeks = new java.util.HashSet<>();
        blackouts.forEach(b -> blackoutWeeks.add(b.weekIndex()));
        inspections.forEach(i -> i.limitStarts(weeks, blackoutWeeks));
    }

    public ProgrammeParameters getParameters() {
        return parameters;
    }

    public List<Week> getWeeks() {
        return weeks;
    }

    public List<WeekCapacity> getCapacities() {
        return capacities;
    }

    public List<Blackout> getBlackouts() {
        return blackouts;
    }

    public AreaRules getAreaRules() {
        return areaRules;
    }

    public ProgrammeConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public List<ScheduledInspection> getInspections() {
        return inspections;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
