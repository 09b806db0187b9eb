package org.inspectionplanner.data;

/** The five criminal justice inspectorates of the 2007-08 Joint Inspection Programme. */
public enum Inspectorate {
    PROBATION,
    PRISONS,
    CONSTABULARY,
    CPS,
    COURT_ADMINISTRATION
}
