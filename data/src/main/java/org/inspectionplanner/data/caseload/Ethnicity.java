package org.inspectionplanner.data.caseload;

/** Recorded ethnic group; a case with none recorded holds {@code null}. */
public enum Ethnicity {
    WHITE,
    MIXED,
    ASIAN,
    BLACK,
    OTHER;

    /** Every recorded group but WHITE counts as ethnic minority in the published samples. */
    public boolean isEthnicMinority() {
        return this != WHITE;
    }
}
