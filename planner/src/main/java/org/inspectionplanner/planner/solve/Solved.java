package org.inspectionplanner.planner.solve;

/** A solved plan and how the solve went. */
public record Solved<S>(S solution, SolveFigures figures) {
}
