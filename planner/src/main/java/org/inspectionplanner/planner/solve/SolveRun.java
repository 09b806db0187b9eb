package org.inspectionplanner.planner.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * One solve of a {@link PlanningPipeline}: its clock, its best scores and how it stops. The only class
 * that uses OptaPlanner's internal solver API (phase events and the score calculation counters, which the
 * public API does not expose).
 *
 * <p>It stops the solver itself, so that it knows which stop fired rather than guessing from the clock:
 * when a best plan meets the pipeline's stop rule (no better plan possible: at once, or once the pipeline's
 * {@linkplain PlanningPipeline#polishLimit polish limit} has passed without a better plan), at the time limit
 * (counted from the start of the run, warm start included), or when local search has not improved the
 * best plan for the unimproved limit (by what the pipeline counts as progress,
 * {@link PlanningPipeline#isProgress}). Each of these waits for construction to finish: a plan cut off
 * mid-construction leaves entities unplaced for no reason but a busy machine. A watch thread checks the
 * limits every {@value #WATCH_MILLIS} ms; the solver's own spent limit stays as a backstop.
 */
public final class SolveRun<S> {

    static final long WATCH_MILLIS = 20;
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "solve-limits");
        thread.setDaemon(true);
        return thread;
    });

    private final PlanningPipeline<S> pipeline;
    private final S problem;
    private final SolveLimits limits;
    private volatile Predicate<S> stopRule = plan -> false;
    private final SolverConfig config;
    private final List<SolveFigures.BestScore> best = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Termination> stoppedBy = new AtomicReference<>();
    private volatile long startNanos = System.nanoTime();
    private volatile long lastImprovementNanos;
    private SolveFigures.BestScore lastProgress; // guarded by best
    /** When the best plan first met the stop rule (and every best plan since has), or 0. */
    private volatile long boundReachedNanos;
    /** How long to polish after the bound is reached, before stopping (zero: stop at once). */
    private final Duration polish;
    private volatile long localSearchStartNanos;
    private volatile boolean inLocalSearch;
    private volatile String phaseName = "construction";
    private volatile boolean preparing;
    private volatile boolean stopRequested;
    private volatile Solver<S> solver;
    private volatile ScheduledFuture<?> watch;
    private volatile Long solvingStarted;
    private volatile Long constructionEnded;
    private volatile long scoreCalculationCount;
    private volatile long scoreCalculationSpeed;
    private volatile int repaired;
    private volatile Long endMillis;
    private volatile java.util.function.BiConsumer<Long, S> onBestPlan = (millis, plan) -> {
    };

    SolveRun(PlanningPipeline<S> pipeline, S problem, SolveLimits limits) {
        this.pipeline = pipeline;
        this.problem = problem;
        this.limits = limits;
        this.config = withBackstop(pipeline.configure(problem, limits), limits);
        this.polish = pipeline.polishLimit(problem, limits);
    }

    /** Local search ends at the time limit at the latest (construction always completes). */
    private static SolverConfig withBackstop(SolverConfig base, SolveLimits limits) {
        SolverConfig config = base.copyConfig();
        Duration backstop = Duration.ofMillis(Math.max(1, limits.timeLimit().toMillis()));
        if (config.getPhaseConfigList() == null || config.getPhaseConfigList().isEmpty()) {
            // OptaPlanner's default phases, made explicit so that local search gets the backstop
            config.setPhaseConfigList(new ArrayList<>(List.of(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig())));
        }
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig) {
                phase.setTerminationConfig(new TerminationConfig().withSpentLimit(backstop));
            }
        }
        if (limits.seed() != null) {
            config.setRandomSeed(limits.seed());
        }
        return config;
    }

    /** Restarts the clock (the web service starts it when the job's thread begins, not when it is queued). */
    public void restartClock() {
        startNanos = System.nanoTime();
    }

    /** Milliseconds since the run started. */
    public long millis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What is left of the time limit (zero when spent). */
    public Duration remaining() {
        long left = limits.timeLimit().toMillis() - millis();
        return Duration.ofMillis(Math.max(0, left));
    }

    /** The limits, with the unimproved limit resolved. */
    public SolveLimits limits() {
        return limits;
    }

    /** The solver configuration of this problem, for building the solver (by a SolverFactory or a SolverManager). */
    public SolverConfig solverConfig() {
        return config;
    }

    /**
     * The pipeline's stop rule (its bound may take a moment) and its preparation (warm start) of the
     * problem, in this thread: the solving thread, before the solver starts.
     */
    public void prepare() {
        preparing = true;
        try {
            stopRule = pipeline.stopRule(problem);
            pipeline.prepare(problem, this);
        } finally {
            preparing = false;
        }
    }

    /**
     * A stop by a user, e.g. during the warm start, when the solver cannot be told yet: it is ended as it
     * starts. (Once it solves, stop it as usual; the caller gives the reason to {@link #finish}.)
     */
    public void requestStop() {
        stopRequested = true;
        if (solvingStarted != null) {
            terminate();
        }
    }

    /** True while the warm start runs (the solver has not started yet). */
    public boolean isPreparing() {
        return preparing;
    }

    /** Records a better start found before solving (rescoring it), e.g. by a warm start. */
    public void improved(S plan, String step) {
        record(plan, pipeline.score(plan), step);
    }

    private void record(S plan, Score<?> score, String step) {
        SolveFigures.BestScore entry = SolveFigures.BestScore.of(millis(), score, step);
        synchronized (best) {
            SolveFigures.BestScore last = best.isEmpty() ? null : best.get(best.size() - 1);
            if (last == null || last.hard() != entry.hard() || last.medium() != entry.medium() || last.soft() != entry.soft()) {
                best.add(entry);
                if (lastProgress == null || pipeline.isProgress(lastProgress, entry)) {
                    lastProgress = entry;
                    lastImprovementNanos = System.nanoTime();
                }
                onBestPlan.accept(entry.millis(), plan);
            }
        }
        if (!stopRule.test(plan)) {
            boundReachedNanos = 0; // a better score that left the bound (it trades balance for the rest)
        } else if (boundReachedNanos == 0) {
            boundReachedNanos = System.nanoTime();
            if (polish.isZero() && stoppedBy.compareAndSet(null, Termination.NO_BETTER_PLAN_POSSIBLE) && inLocalSearch) {
                terminate();
            }
        }
    }

    /**
     * Also hands each new best plan to {@code consumer} with its time (in the thread that found it: the
     * plan is the solver's copy, or the problem itself during the warm start and repair).
     */
    public void onBestPlan(java.util.function.BiConsumer<Long, S> consumer) {
        this.onBestPlan = consumer;
    }

    /** Follows the solver's best plans and phases, and stops it (see the class comment). Call before solving. */
    public void attach(Solver<S> newSolver) {
        this.solver = newSolver;
        newSolver.addEventListener(event -> record(event.getNewBestSolution(), event.getNewBestScore(), phaseName));
        ((DefaultSolver<S>) newSolver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void solvingStarted(SolverScope<S> scope) {
                solvingStarted = millis();
                if (stopRequested) { // the solver forgets a stop that came before it started
                    terminate();
                }
            }

            @Override
            public void phaseStarted(AbstractPhaseScope<S> phase) {
                if (phase instanceof LocalSearchPhaseScope) {
                    phaseName = "local search";
                    localSearchStarted();
                } else if (phase instanceof ConstructionHeuristicPhaseScope) {
                    phaseName = "construction";
                } else {
                    phaseName = "ruin and recreate"; // the pipelines' custom phases
                }
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<S> phase) {
                if (phase instanceof ConstructionHeuristicPhaseScope) {
                    constructionEnded = millis();
                    // Construction's result raises no best-plan event when every variable may stay empty
                    // (the start already counts as initialised): record it here.
                    SolverScope<S> scope = phase.getSolverScope();
                    record(scope.getBestSolution(), scope.getBestScore(), "construction");
                }
            }

            @Override
            public void solvingEnded(SolverScope<S> scope) {
                ScheduledFuture<?> w = watch;
                if (w != null) {
                    w.cancel(false);
                }
                inLocalSearch = false;
                // The scope's own speed needs its end time, which it sets only after this event.
                long count = scope.getScoreCalculationCount();
                scoreCalculationCount = count;
                scoreCalculationSpeed = count * 1000 / Math.max(1, scope.calculateTimeMillisSpentUpToNow());
            }
        });
    }

    private void localSearchStarted() {
        localSearchStartNanos = System.nanoTime();
        inLocalSearch = true;
        if (stoppedBy.get() != null) { // reached the bound before local search (in the warm start or construction)
            terminate();
            return;
        }
        watch = WATCH.scheduleAtFixedRate(this::checkLimits, 0, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void checkLimits() {
        if (!inLocalSearch) {
            return;
        }
        long now = System.nanoTime();
        long reached = boundReachedNanos;
        if (millis() >= limits.timeLimit().toMillis()) {
            fire(Termination.TIME_LIMIT);
        } else if (reached != 0 && now - Math.max(Math.max(lastImprovementNanos, localSearchStartNanos), reached) >= polish.toNanos()) {
            fire(Termination.NO_BETTER_PLAN_POSSIBLE);
        } else if (now - Math.max(lastImprovementNanos, localSearchStartNanos) >= limits.unimprovedLimit().toNanos()) {
            fire(Termination.UNIMPROVED_LIMIT);
        }
    }

    private void fire(Termination reason) {
        if (stoppedBy.compareAndSet(null, reason)) {
            terminate();
        }
    }

    private void terminate() {
        Solver<S> s = solver;
        if (s != null) {
            s.terminateEarly();
        }
    }

    /**
     * The pipeline's repair of the final best plan, then rescored always: a repair may also tidy what it does
     * not count as placed (the allocation's clears an inspector left on a case without its interview slot), and
     * the plan must leave with its own score. Recorded when the score changed.
     *
     * @return true if it placed anything
     */
    public boolean repair(S plan) {
        int placed = pipeline.repair(plan);
        repaired += placed;
        improved(plan, "repair");
        return placed > 0;
    }

    /** The figures so far (SOLVING). */
    public SolveFigures figures() {
        return figures(Termination.SOLVING, millis());
    }

    /**
     * The final figures.
     *
     * @param endedBy why the caller ended the solve (stopped by a user, interrupted), or null: the run's
     *                own stop, or the time limit when the solver's backstop fired first
     */
    public SolveFigures finish(Termination endedBy) {
        if (endMillis == null) {
            endMillis = millis();
        }
        Termination own = stoppedBy.get();
        return figures(endedBy != null ? endedBy : own != null ? own : Termination.TIME_LIMIT, endMillis);
    }

    /** Why the run stopped the solver itself, or null. */
    public Termination stoppedBy() {
        return stoppedBy.get();
    }

    private SolveFigures figures(Termination termination, long spent) {
        List<SolveFigures.BestScore> scores;
        synchronized (best) {
            scores = List.copyOf(best);
        }
        Long firstFeasible = scores.stream().filter(SolveFigures.BestScore::feasible)
                .map(SolveFigures.BestScore::millis).findFirst().orElse(null);
        Long finalPlan = scores.isEmpty() ? null : scores.get(scores.size() - 1).millis();
        return new SolveFigures(spent, solvingStarted, constructionEnded, termination, scoreCalculationCount,
                scoreCalculationSpeed, firstFeasible, finalPlan, repaired, thin(scores));
    }

    /** At most 200 points: evenly thinned, first and last kept. */
    static List<SolveFigures.BestScore> thin(List<SolveFigures.BestScore> all) {
        int max = 200;
        if (all.size() <= max) {
            return all;
        }
        List<SolveFigures.BestScore> kept = new ArrayList<>();
        double step = (all.size() - 1) / (double) (max - 1);
        for (int k = 0; k < max; k++) {
            kept.add(all.get((int) Math.round(k * step)));
        }
        return List.copyOf(kept);
    }
}
