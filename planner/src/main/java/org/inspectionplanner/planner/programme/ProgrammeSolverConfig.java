package org.inspectionplanner.planner.programme;

import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration of the programme, built in code so that each caller (CLI, benchmark,
 * web service with its own SolverManager) gets the same one: Bavet constraint streams, first fit
 * decreasing by {@link InspectionDifficulty}, then late acceptance over change and swap moves.
 */
public final class ProgrammeSolverConfig {

    private ProgrammeSolverConfig() {
    }

    /** Stops at {@code timeLimit}, or earlier once the best score has not improved for a while. */
    public static SolverConfig create(Duration timeLimit, Long seed) {
        Duration unimproved = Duration.ofMillis(Math.max(1000, timeLimit.toMillis() / 3));
        return create(timeLimit, unimproved.compareTo(timeLimit) < 0 ? unimproved : null, seed);
    }

    /**
     * @param unimprovedLimit null to always run for the whole time limit
     * @param seed            null for the default seed; with a seed the run is reproducible (same moves)
     */
    public static SolverConfig create(Duration timeLimit, Duration unimprovedLimit, Long seed) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        if (unimprovedLimit != null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ProgrammeSchedule.class)
                .withEntityClasses(ScheduledInspection.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(ProgrammeConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
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
