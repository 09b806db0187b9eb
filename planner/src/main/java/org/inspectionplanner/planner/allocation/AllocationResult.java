package org.inspectionplanner.planner.allocation;

/** The best solution of a solve and how the solve went. */
public record AllocationResult(AllocationSolution solution, SolverFigures figures) {
}
