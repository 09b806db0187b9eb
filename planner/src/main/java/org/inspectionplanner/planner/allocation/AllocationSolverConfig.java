package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration, built in code so that each caller (CLI, web service, benchmark) makes its own
 * solver or SolverManager for this problem type. Construction places the hardest cases first, choosing
 * the inspector and then the slot (one after the other rather than every pair: 76 instead of 960 tries per
 * case on 60 inspectors), then local search (late acceptance over change and swap moves).
 */
public final class AllocationSolverConfig {

    private static final String PLACER_ENTITY = "placerEntity";

    private AllocationSolverConfig() {
    }

    /** Stops at {@code limit}, or earlier when the best score has not improved for a third of it (at least 1 s). */
    public static SolverConfig create(Duration limit, Long seed) {
        Duration unimproved = limit.dividedBy(3);
        if (unimproved.compareTo(Duration.ofSeconds(1)) < 0) {
            unimproved = limit.compareTo(Duration.ofSeconds(1)) < 0 ? limit : Duration.ofSeconds(1);
        }
        return create(limit, unimproved, seed);
    }

    public static SolverConfig create(Duration limit, Duration unimprovedLimit, Long seed) {
        EntitySelectorConfig hardestFirst = new EntitySelectorConfig(CaseAllocation.class)
                .withId(PLACER_ENTITY)
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY);
        QueuedEntityPlacerConfig placer = new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(hardestFirst)
                .withMoveSelectorConfigs(placeVariable("inspector"), placeVariable("slot"));

        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationSolution.class)
                .withEntityClasses(CaseAllocation.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AllocationConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimprovedLimit))
                .withPhases(new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(placer),
                        new LocalSearchPhaseConfig());
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

    private static ChangeMoveSelectorConfig placeVariable(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(PLACER_ENTITY))
                .withValueSelectorConfig(new ValueSelectorConfig(variable));
    }
}
