package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.io.InvalidInputException;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * One problem type the service solves in the background: how to build it from a request, keep
 * it as a file, pin rows in it, and write its outputs. The planner module's models plug in here.
 *
 * @param <S> the planning solution class
 */
public interface PlanningKind<S> {

    JobKind kind();

    /** The solver configuration; the service sets the termination. */
    SolverConfig solverConfig();

    /**
     * The configuration for this problem, stopping at {@code limit} (e.g. chosen by its size).
     * The default is {@link #solverConfig()} with that spent limit.
     */
    default SolverConfig solverConfig(S problem, Duration limit) {
        return solverConfig().withTerminationSpentLimit(limit);
    }

    /**
     * The part of the time limit {@link #prepare} may use on this problem before the solver starts
     * (the solver gets the rest); zero means no preparation.
     */
    default Duration prepareBudget(S problem, Duration limit) {
        return Duration.ZERO;
    }

    /** Improves the start in place within {@code budget}; runs in the job's solving thread. */
    default void prepare(S problem, Duration budget) {
    }

    /**
     * A last repair of the final best solution (when the job finished or was stopped normally),
     * rescoring it if it changed.
     *
     * @return true if it changed the solution
     */
    default boolean repair(S best) {
        return false;
    }

    /**
     * Builds the problem from the request's dataset ids and parameters.
     *
     * @throws InvalidInputException naming each thing wrong with the request
     */
    S problem(ObjectNode request);

    /**
     * The plan as a file (e.g. the CSV the planner reads back as a previous plan): what a restart
     * or a re-solve starts from.
     */
    byte[] writePlan(S plan);

    /**
     * The problem again, from the request and a stored plan, with exactly these rows pinned to
     * their planned values (the other rows start from the plan too).
     *
     * @throws InvalidInputException if the request's datasets are no longer usable
     */
    S resume(ObjectNode request, byte[] plan, Set<String> pinnedRowIds);

    /** The ids of the rows of a stored plan that can be pinned (cases, or inspections). */
    Set<String> rowIds(byte[] plan);

    String score(S plan);

    /**
     * The downloadable outputs by name (e.g. {@code allocation.csv}, {@code report.json}); CSV
     * files are written with the project's safe CSV writer.
     */
    Map<String, byte[]> outputs(S plan, SolveFigures figures);
}
