package org.inspectionplanner.data.caseload;

/** Requirements of a community order or suspended sentence order. */
public enum Requirement {
    RAR,
    ACCREDITED_PROGRAMME,
    UNPAID_WORK,
    CURFEW,
    EXCLUSION,
    ATTENDANCE_CENTRE,
    DRUG_TREATMENT,
    ALCOHOL_TREATMENT,
    MENTAL_HEALTH_TREATMENT,
    RESIDENCE,
    PROHIBITED_ACTIVITY,
    OTHER
}
