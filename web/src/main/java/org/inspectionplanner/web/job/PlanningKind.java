package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
     * Builds the problem from the request's dataset ids and parameters.
     *
     * @throws InvalidInputException naming each thing wrong with the request
     */
    S problem(ObjectNode request);

    /** The whole plan as a file, to solve on from it after a stop or a restart. */
    byte[] writePlan(S plan);

    S readPlan(byte[] plan);

    /** The ids of the rows that can be pinned (cases for an allocation, inspections for a schedule). */
    Set<String> rowIds(S plan);

    /** The plan with exactly these rows pinned to their current values. */
    S withPins(S plan, Set<String> pinnedRowIds);

    String score(S plan);

    /**
     * The downloadable outputs by name (e.g. {@code allocation.csv}, {@code report.json}); CSV
     * files are written with the project's safe CSV writer.
     */
    Map<String, byte[]> outputs(S plan);
}
