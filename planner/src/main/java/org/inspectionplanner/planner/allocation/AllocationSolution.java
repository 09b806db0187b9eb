package org.inspectionplanner.planner.allocation;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One fieldwork's allocation problem and, once solved, its plan. Build it with {@link AllocationProblem#create}. */
@PlanningSolution
public class AllocationSolution {

    private AllocationParameters parameters;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "inspectorRange")
    private List<FieldworkInspector> inspectors;

    @ProblemFactCollectionProperty
    private List<Slot> slots;

    @PlanningEntityCollectionProperty
    private List<CaseAllocation> cases;

    @ConstraintConfigurationProvider
    private AllocationConstraintConfiguration constraintConfiguration;

    private double idealRelativeLoad;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** Not part of the problem: the bound a solve stops at, when its caller computed one (see {@link PeakLoadBound}). */
    private PeakLoadBound peakBound;

    /** For the solver's cloner. */
    public AllocationSolution() {
    }

    public AllocationSolution(AllocationParameters parameters, List<FieldworkInspector> inspectors, List<Slot> slots,
            List<CaseAllocation> cases, double idealRelativeLoad) {
        this.parameters = parameters;
        this.inspectors = List.copyOf(inspectors);
        this.slots = List.copyOf(slots);
        this.cases = List.copyOf(cases);
        this.constraintConfiguration = new AllocationConstraintConfiguration(parameters.weights());
        this.idealRelativeLoad = idealRelativeLoad;
    }

    public AllocationParameters getParameters() {
        return parameters;
    }

    public List<FieldworkInspector> getInspectors() {
        return inspectors;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<CaseAllocation> getCases() {
        return cases;
    }

    public AllocationConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    /** Total case weight over total capacity of usable inspectors: the bound for the balance. */
    public double getIdealRelativeLoad() {
        return idealRelativeLoad;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public PeakLoadBound getPeakBound() {
        return peakBound;
    }

    /** The solve stops as soon as its best plan reaches this bound ({@link PeakLoadBound#isReachedBy}); null: never. */
    public void setPeakBound(PeakLoadBound peakBound) {
        this.peakBound = peakBound;
    }
}
