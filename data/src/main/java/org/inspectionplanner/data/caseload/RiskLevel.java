package org.inspectionplanner.data.caseload;

/** A four-level scale, used for risk of serious harm and for likelihood of reoffending. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    /** "High RoSH" in every quota means high or very high. */
    public boolean isHighOrVeryHigh() {
        return this == HIGH || this == VERY_HIGH;
    }
}
