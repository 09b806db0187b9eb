package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.planner.solve.PlanningPipeline;
import org.inspectionplanner.planner.solve.SolveFigures;

/**
 * One problem type the service solves in the background: how to build it from a request, keep
 * it as a file, pin rows in it, and write its outputs. The planner module's models plug in here.
 *
 * @param <S> the planning solution class
 */
public interface PlanningKind<S> {

    JobKind kind();

    /**
     * The planner's pipeline for this problem type: the same warm start, solver configuration, stop rule
     * and repair as the CLI's synchronous run.
     */
    PlanningPipeline<S> pipeline();

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
