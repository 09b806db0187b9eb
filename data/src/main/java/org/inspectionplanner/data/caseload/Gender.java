package org.inspectionplanner.data.caseload;

/** Recorded gender; a case with none recorded holds {@code null}. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER
}
