package org.inspectionplanner.planner.solve;

import java.time.Duration;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The steps of solving one kind of problem, in order: prepare (a warm start, within part of the time
 * limit), configure (the solver for this problem), solve (OptaPlanner, stopped by {@link SolveRun}: at the
 * time limit, the unimproved limit, or as soon as {@link #stopRule} says no better plan is possible),
 * repair (a last direct fix of the best plan) and report ({@link SolveFigures}). The CLI runs them in its
 * thread with {@link #solve}; the web service runs the same {@link SolveRun} around its SolverManager job.
 *
 * @param <S> the planning solution class
 */
public abstract class PlanningPipeline<S> {

    private volatile SolutionManager<S, ?> scorer;

    /**
     * A solver configuration for any problem of this kind (score director and phases, no termination):
     * for scoring plans, and for a SolverManager to check itself with.
     */
    public abstract SolverConfig baseConfig();

    /**
     * The solver configuration for this problem (default: {@link #baseConfig()}). The run adds the seed and
     * the termination (a backstop at the time limit on local search: construction always completes).
     */
    protected SolverConfig configure(S problem, SolveLimits limits) {
        return baseConfig();
    }

    /** The unimproved limit when the caller gives none; default: none (run to the time limit). */
    public Duration defaultUnimprovedLimit(S problem, Duration timeLimit) {
        return SolveLimits.NEVER;
    }

    /**
     * Improves the start in place before the solver runs, within {@link SolveRun#remaining()}; reports
     * each better start with {@link SolveRun#improved}. Runs in the solving thread. Default: nothing.
     */
    protected void prepare(S problem, SolveRun<S> run) {
    }

    /**
     * When a best plan is one that no plan can beat on what the stop rule judges. Called once per solve,
     * in the solving thread before the warm start (a bound may take a moment). Default: never.
     */
    protected Predicate<S> stopRule(S problem) {
        return plan -> false;
    }

    /**
     * Whether a new best plan counts as progress for the unimproved limit, against the last one that did.
     * Default: any better score does. A pipeline whose solver keeps finding ever smaller gains can ask for
     * a real step, so that the unimproved limit measures how long nothing worth waiting for came.
     */
    protected boolean isProgress(SolveFigures.BestScore lastProgress, SolveFigures.BestScore newBest) {
        return true;
    }

    /**
     * How long local search may go on after a best plan meets the {@link #stopRule}, for what the rule does not
     * judge, before the run stops with {@link Termination#NO_BETTER_PLAN_POSSIBLE}: the stop comes when this
     * long passes without a better plan (a better plan that no longer meets the rule falls back to the
     * unimproved limit). Default: zero, stop at once.
     */
    public Duration polishLimit(S problem, SolveLimits limits) {
        return Duration.ZERO;
    }

    /** A last repair of the final best plan, in place; returns how many entities it placed (0: unchanged). */
    protected int repair(S best) {
        return 0;
    }

    /** A run of this pipeline on {@code problem}: its clock starts now. */
    public SolveRun<S> start(S problem, SolveLimits limits) {
        Duration unimproved = limits.unimprovedLimit() != null ? limits.unimprovedLimit()
                : defaultUnimprovedLimit(problem, limits.timeLimit());
        return new SolveRun<>(this, problem, limits.withUnimprovedLimit(unimproved));
    }

    /** Runs every step in the calling thread. */
    public Solved<S> solve(S problem, SolveLimits limits) {
        SolveRun<S> run = start(problem, limits);
        run.prepare();
        Solver<S> solver = SolverFactory.<S>create(run.solverConfig()).buildSolver();
        run.attach(solver);
        S best = solver.solve(problem);
        run.repair(best);
        return new Solved<>(best, run.finish(null));
    }

    /** Recalculates and sets the plan's score. */
    public Score<?> score(S plan) {
        SolutionManager<S, ?> manager = scorer;
        if (manager == null) {
            manager = SolutionManager.create(SolverFactory.create(baseConfig()));
            scorer = manager;
        }
        return manager.update(plan);
    }
}
