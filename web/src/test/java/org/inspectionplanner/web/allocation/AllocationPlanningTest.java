package org.inspectionplanner.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.AllocationSolverConfig;
import org.inspectionplanner.planner.allocation.CaseAllocation;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.job.SolveFigures;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/** The allocation job solves as {@code AllocationSolver.solve} does, and reports the job's figures. */
class AllocationPlanningTest {

    private final AllocationPlanning planning = new AllocationPlanning(null, null, null,
            new PlannerProperties("./var", null, 1, Duration.ofSeconds(2), 1));

    private static AllocationSolution problem(int inspectors, int cases) {
        DemoData demo = DemoData.small();
        DemoData.PlannedFieldwork fieldwork = demo.fieldworkPlan().get(0);
        List<CaseRecord> pduCases = demo.caseload().stream().filter(c -> c.pdu().equals(fieldwork.pdu())).limit(cases).toList();
        return AllocationProblem.create(pduCases, demo.inspectors().subList(0, inspectors),
                AllocationParameters.of(fieldwork.fieldworkStart()), List.of());
    }

    private static List<String> constructionMoves(SolverConfig config) {
        ConstructionHeuristicPhaseConfig construction = (ConstructionHeuristicPhaseConfig) config.getPhaseConfigList().get(0);
        return ((QueuedEntityPlacerConfig) construction.getEntityPlacerConfig()).getMoveSelectorConfigList().stream()
                .map(m -> m.getClass().getSimpleName()).toList();
    }

    @Test
    void aSmallRosterGetsTheConfigurationForItsSize() {
        AllocationSolution small = problem(2, 10);
        assumeThat(AllocationSolverConfig.Construction.forProblem(small)).isEqualTo(AllocationSolverConfig.Construction.PAIRED);
        assertThat(constructionMoves(planning.solverConfig(small, Duration.ofSeconds(2))))
                .isEqualTo(constructionMoves(AllocationSolverConfig.forProblem(small, Duration.ofSeconds(2), null)))
                .isNotEqualTo(constructionMoves(AllocationSolverConfig.create(Duration.ofSeconds(2), null)));
    }

    @Test
    void theFinalRepairPlacesCasesLeftUnassignedAndRescores() {
        AllocationSolution best = problem(4, 12);
        assertThat(best.getCases()).noneMatch(CaseAllocation::isAssigned);
        assertThat(planning.repair(best)).isTrue();
        assertThat(best.getCases()).anyMatch(CaseAllocation::isAssigned);
        assertThat(best.getScore()).isNotNull();
        assertThat(planning.repair(best)).as("nothing left that greedy can place").isFalse();
    }

    @Test
    void theReportCarriesTheJobsFigures() {
        SolveFigures job = new SolveFigures(2000, SolveFigures.Termination.STOPPED_BY_USER, 5000, 2500,
                List.of(new SolveFigures.BestScore(10, "-1hard/0medium/-5soft"), new SolveFigures.BestScore(40, "0hard/-2medium/-9soft")));
        var figures = AllocationPlanning.figures(job);
        assertThat(figures.terminationReason()).isEqualTo("STOPPED_BY_USER");
        assertThat(figures.timeSpentMillis()).isEqualTo(2000);
        assertThat(figures.scoreCalculationSpeedPerSecond()).isEqualTo(2500);
        assertThat(figures.firstFeasibleMillis()).isEqualTo(40L);
        assertThat(figures.bestScoreOverTime()).hasSize(2);
        assertThat(figures.bestScoreOverTime().get(1).medium()).isEqualTo(-2);
    }
}
