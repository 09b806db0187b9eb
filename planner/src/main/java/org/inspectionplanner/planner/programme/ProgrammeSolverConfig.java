package org.inspectionplanner.planner.programme;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver configuration of the programme, built in code so that each caller (CLI, benchmark,
 * web service with its own SolverManager) gets the same one: Bavet constraint streams, first fit
 * decreasing by {@link InspectionDifficulty}, then late acceptance over change and swap moves.
 */
public final class ProgrammeSolverConfig {

    private ProgrammeSolverConfig() {
    }

    /**
     * No termination: {@link ProgrammePipeline} runs the solver and stops it (see
     * {@link org.inspectionplanner.planner.solve.SolveRun}).
     *
     * @param seed null for the default seed; with a seed the run is reproducible (same moves)
     */
    public static SolverConfig create(Long seed) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ProgrammeSchedule.class)
                .withEntityClasses(ScheduledInspection.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(ProgrammeConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)));
        config.setEnvironmentMode(EnvironmentMode.REPRODUCIBLE);
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }
}
