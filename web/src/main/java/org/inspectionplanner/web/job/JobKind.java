package org.inspectionplanner.web.job;

/** The two problem types solved in the background, each with its own SolverManager. */
public enum JobKind {
    ALLOCATION,
    SCHEDULE
}
