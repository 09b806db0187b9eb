package org.inspectionplanner.data.programme;

/** The kinds of inspection in the joint programme. */
public enum InspectionKind {
    PDU_PROBATION,
    YOUTH_JUSTICE,
    JOINT_THEMATIC,
    JOINT_AREA,
    PRISON,
    CUSTODY
}
