package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver configuration, built in code so that each caller (CLI, web service, benchmark) makes its own
 * solver or SolverManager for this problem type. Construction places the hardest cases first (see
 * {@link Construction}); ruin and recreate rebuilds the busiest inspectors' plans ({@link RuinAndRecreate}); local
 * search then runs entity tabu over change, swap and change-both moves.
 * No termination: {@link AllocationPipeline} runs the solver and stops it (see
 * {@link org.inspectionplanner.planner.solve.SolveRun}); the time limit only sizes the rebuild phase.
 */
public final class AllocationSolverConfig {

    private static final String PLACER_ENTITY = "placerEntity";
    private static final String MOVED_ENTITY = "movedEntity";

    private AllocationSolverConfig() {
    }

    /**
     * How construction places a case. PAIRED tries every (inspector, slot) pair and so never strands a case
     * with an inspector but no free slot; SEQUENTIAL picks the inspector, then the slot, which scales to
     * national rosters (150 inspectors x 16 slots would be 2,400 tries per case).
     */
    public enum Construction {
        PAIRED,
        SEQUENTIAL;

        /** PAIRED while a case has at most 400 (inspector, slot) pairs to try. */
        public static Construction forProblem(AllocationSolution problem) {
            return problem.getInspectors().size() * (problem.getSlots().size() + 1L) <= 400 ? PAIRED : SEQUENTIAL;
        }
    }

    /** A configuration for any problem size (sequential construction; a 1 s limit sizes the rebuilds): for scoring. */
    public static SolverConfig create(Long seed) {
        return create(Duration.ofSeconds(1), seed, Construction.SEQUENTIAL);
    }

    /** The configuration that suits {@code problem} best (see {@link Construction#forProblem}) for a solve of {@code limit}. */
    public static SolverConfig forProblem(AllocationSolution problem, Duration limit, Long seed) {
        return create(limit, seed, Construction.forProblem(problem), problem.getCases().size());
    }

    public static SolverConfig create(Duration limit, Long seed, Construction construction) {
        return create(limit, seed, construction, Integer.MAX_VALUE);
    }

    /** {@code cases}: how many cases the problem has (it sizes the rebuild phase, see {@link #rebuilds}). */
    public static SolverConfig create(Duration limit, Long seed, Construction construction, int cases) {
        // OptaPlanner rejects sub-millisecond durations.
        limit = Duration.ofMillis(Math.max(1, limit.toMillis()));
        EntitySelectorConfig hardestFirst = new EntitySelectorConfig(CaseAllocation.class)
                .withId(PLACER_ENTITY)
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY);
        QueuedEntityPlacerConfig placer = new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(hardestFirst)
                .withMoveSelectorConfigs(construction == Construction.PAIRED
                        ? new MoveSelectorConfig[] {new CartesianProductMoveSelectorConfig(
                                List.of(placeVariable("inspector"), placeVariable("slot")))}
                        : new MoveSelectorConfig[] {placeVariable("inspector"), placeVariable("slot")});

        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationSolution.class)
                .withEntityClasses(CaseAllocation.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AllocationConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withPhases(new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(placer),
                        rebuilds(limit, cases, seed), localSearch());
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

    /** At most a fifth of the time limit, and 10 ms per case, goes to {@link RuinAndRecreate}, before local search. */
    static Duration rebuildBudget(Duration limit, int cases) {
        return Duration.ofMillis(Math.min(limit.toMillis() / 5, 10L * cases));
    }

    /**
     * Ruin and recreate over the busiest inspectors (see {@link RuinAndRecreate}) before local search, for a
     * fifth of the limit, or until a tenth of it passes without a better score; on small problems at most 10 ms
     * per case, or 5 ms per case without a better score (0.7 s and 0.35 s for one PDU of 70 cases: with a fifth
     * of a 30 s limit it took 3 to 6 s there, and gave local search nothing it did not find itself). Before,
     * not after: on the scarce-skills instance it then hands local search a plan that single moves can still
     * polish, and the soft score ended better than with the rebuilds last (docs/allocation.md has the figures).
     */
    private static CustomPhaseConfig rebuilds(Duration limit, int cases, Long seed) {
        Duration patience = Duration.ofMillis(Math.max(1, Math.min(limit.toMillis() / 10, 5L * cases)));
        return new CustomPhaseConfig().withCustomPhaseCommands(new RuinAndRecreate(rebuildBudget(limit, cases), patience,
                seed == null ? 0 : seed));
    }

    /**
     * Entity tabu search: a case just moved may not move again for 7 steps, and each step takes the best of
     * {@value #ACCEPTED_MOVES} moves. On the generated one-PDU and ten-PDU instances tabu beat late acceptance (size 50
     * and 400) on the soft score in every trial we ran (few, on a busy machine). 200 moves a step rather than 1,000:
     * on one PDU (seeds 1 to 5, counted in score calculations, so the machine's load does not enter) the soft score
     * after 100,000 calculations was better on every seed and after 400,000 on four of five (docs/allocation.md).
     */
    static final int ACCEPTED_MOVES = 200;

    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(localSearchMoves())
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_MOVES));
    }

    /**
     * Change one variable, swap two cases (inspector and slot together, so both timetables stay intact),
     * and give one case a new inspector and slot at once: an unassigned case needs both, and setting
     * only one of them gains nothing, so single changes alone leave it stuck.
     */
    private static UnionMoveSelectorConfig localSearchMoves() {
        // Fixed shares: by default a union picks children by their size, and the change-both product
        // (cases x inspectors x slots) would crowd out everything else.
        return new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("inspector"))
                        .withFixedProbabilityWeight(3.0),
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("slot"))
                        .withFixedProbabilityWeight(2.0),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(3.0),
                changeBoth().withFixedProbabilityWeight(2.0)));
    }

    /** A new inspector and a new slot for one case at once. */
    private static CartesianProductMoveSelectorConfig changeBoth() {
        return new CartesianProductMoveSelectorConfig().withMoveSelectorList(List.of(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(CaseAllocation.class).withId(MOVED_ENTITY))
                        .withValueSelectorConfig(new ValueSelectorConfig("inspector")),
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(MOVED_ENTITY))
                        .withValueSelectorConfig(new ValueSelectorConfig("slot"))));
    }

    private static ChangeMoveSelectorConfig placeVariable(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(PLACER_ENTITY))
                .withValueSelectorConfig(new ValueSelectorConfig(variable));
    }
}
