package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves one allocation problem in the calling thread and records the solver figures: the best score over
 * time (from best-solution events), construction and local-search time, score calculation speed and which
 * termination fired (OptaPlanner does not say, so it is told apart by the clock).
 */
public final class AllocationSolver {

    private final SolverConfig config;
    private final SolverFactory<AllocationSolution> factory;
    private final SolutionManager<AllocationSolution, HardMediumSoftLongScore> solutionManager;

    public AllocationSolver(SolverConfig config) {
        this.config = config;
        this.factory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(factory);
    }

    /**
     * Solves with the configuration that suits this problem's size (see {@link AllocationSolverConfig#forProblem}).
     * On large rosters the greedy allocator first fills the empty cases: it checks slots as it goes, so it leaves
     * far fewer cases unplaced than sequential construction, which then only places what greedy could not.
     */
    public static AllocationResult solve(AllocationSolution problem, Duration limit, Long seed) {
        // The bound first (a fraction of a second to two on ten PDUs), so the solver can stop as soon as it
        // reaches it; its time comes out of the limit.
        long start = System.nanoTime();
        if (problem.getPeakBound() == null) {
            problem.setPeakBound(PeakLoadBound.of(problem));
        }
        Duration left = limit.minusNanos(System.nanoTime() - start);
        AllocationSolverConfig.Construction construction = AllocationSolverConfig.Construction.forProblem(problem);
        if (construction == AllocationSolverConfig.Construction.SEQUENTIAL) {
            GreedyAllocator.allocate(problem);
        }
        Duration local = left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofMillis(Math.min(1000, limit.toMillis())) : left;
        return new AllocationSolver(AllocationSolverConfig.forProblem(problem, local, seed)).solve(problem);
    }

    public AllocationResult solve(AllocationSolution problem) {
        return solve(problem, (millis, solution) -> {
        });
    }

    /** Also hands every new best solution (a copy) to {@code onBestSolution} with the solver time in ms. */
    public AllocationResult solve(AllocationSolution problem, BiConsumer<Long, AllocationSolution> onBestSolution) {
        Solver<AllocationSolution> solver = factory.buildSolver();
        List<SolverFigures.BestScore> bestScores = new ArrayList<>();
        boolean[] atBound = {false};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            bestScores.add(new SolverFigures.BestScore(event.getTimeMillisSpent(),
                    score.hardScore(), score.mediumScore(), score.softScore()));
            onBestSolution.accept(event.getTimeMillisSpent(), event.getNewBestSolution());
            stopAtBound(solver, event.getNewBestSolution(), atBound);
        });
        PhaseClock clock = new PhaseClock(phaseScope -> {
            // Construction's result raises no best-solution event here (every variable may be empty, so the
            // starting solution already counts as initialised); record it as the first best solution.
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) phaseScope.getSolverScope().getBestScore();
            long millis = phaseScope.calculateSolverTimeMillisSpentUpToNow();
            bestScores.add(new SolverFigures.BestScore(millis, score.hardScore(), score.mediumScore(), score.softScore()));
            onBestSolution.accept(millis, phaseScope.getSolverScope().getBestSolution());
            stopAtBound(solver, phaseScope.getSolverScope().getBestSolution(), atBound);
        });
        DefaultSolver<AllocationSolution> defaultSolver = (DefaultSolver<AllocationSolution>) solver;
        defaultSolver.addPhaseLifecycleListener(clock);

        AllocationSolution best = solver.solve(problem);
        // Final repair: local search rarely finds the one inspector and slot a last unassigned case needs on a
        // large roster (a random move hits it about once in 10^5 tries), while a direct search does at once.
        if (GreedyAllocator.allocate(best) > 0) {
            HardMediumSoftLongScore score = solutionManager.update(best);
            long millis = defaultSolver.getTimeMillisSpent();
            bestScores.add(new SolverFigures.BestScore(millis, score.hardScore(), score.mediumScore(), score.softScore()));
            onBestSolution.accept(millis, best);
        }

        long spent = defaultSolver.getTimeMillisSpent();
        long count = defaultSolver.getSolverScope().getScoreCalculationCount();
        long speed = defaultSolver.getSolverScope().getScoreCalculationSpeed();
        Long firstFeasible = bestScores.stream().filter(b -> b.hard() >= 0).map(SolverFigures.BestScore::timeMillis)
                .findFirst().orElse(best.getScore() != null && best.getScore().isFeasible() ? spent : null);
        long lastImprovement = bestScores.isEmpty() ? 0 : bestScores.get(bestScores.size() - 1).timeMillis();
        String reason = atBound[0] ? "BOUND_REACHED" : terminationReason(clock, lastImprovement);
        return new AllocationResult(best, new SolverFigures(spent, clock.constructionMillis, reason, count, speed,
                firstFeasible, bestScores));
    }

    /** Stops the solver as soon as a best plan reaches the problem's peak bound: no plan is better balanced. */
    private static void stopAtBound(Solver<AllocationSolution> solver, AllocationSolution best, boolean[] atBound) {
        if (!atBound[0] && best.getPeakBound() != null && best.getPeakBound().isReachedBy(best)) {
            atBound[0] = true;
            solver.terminateEarly();
        }
    }

    private String terminationReason(PhaseClock clock, long lastImprovementMillis) {
        if (clock.localSearchStart < 0) {
            return "CONSTRUCTION_ONLY";
        }
        // The local-search phase carries the time limits (a rebuild phase may follow it).
        TerminationConfig termination = config.getPhaseConfigList().stream()
                .filter(p -> p instanceof LocalSearchPhaseConfig).map(p -> p.getTerminationConfig())
                .reduce((first, second) -> second).orElse(new TerminationConfig());
        Duration limit = termination.getSpentLimit();
        Duration unimproved = termination.getUnimprovedSpentLimit();
        if (limit != null && clock.localSearchMillis >= limit.toMillis()) {
            return "TIME_LIMIT";
        }
        long end = clock.localSearchStart + clock.localSearchMillis;
        if (unimproved != null && end - Math.max(lastImprovementMillis, clock.localSearchStart) >= unimproved.toMillis()) {
            return "UNIMPROVED_LIMIT";
        }
        return "TERMINATED_EARLY";
    }

    /** Times the two phases, in solver time. */
    private static final class PhaseClock extends PhaseLifecycleListenerAdapter<AllocationSolution> {
        private final Consumer<AbstractPhaseScope<AllocationSolution>> onConstructionEnded;
        long constructionMillis;
        long localSearchStart = -1;
        long localSearchMillis;

        PhaseClock(Consumer<AbstractPhaseScope<AllocationSolution>> onConstructionEnded) {
            this.onConstructionEnded = onConstructionEnded;
        }

        @Override
        public void phaseStarted(AbstractPhaseScope<AllocationSolution> phaseScope) {
            if (phaseScope instanceof LocalSearchPhaseScope) {
                localSearchStart = phaseScope.calculateSolverTimeMillisSpentUpToNow();
            }
        }

        @Override
        public void phaseEnded(AbstractPhaseScope<AllocationSolution> phaseScope) {
            if (phaseScope instanceof LocalSearchPhaseScope) {
                localSearchMillis = phaseScope.calculatePhaseTimeMillisSpentUpToNow();
            } else if (phaseScope instanceof ConstructionHeuristicPhaseScope) {
                constructionMillis = phaseScope.calculateSolverTimeMillisSpentUpToNow();
                onConstructionEnded.accept(phaseScope);
            }
        }
    }
}
