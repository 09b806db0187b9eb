package org.inspectionplanner.sampler;

/**
 * Why a case whose start date falls in a method's window is not eligible. A case lists every reason
 * that applies, in this order (the order of the published contract).
 */
public enum ExclusionReason {
    OUT_OF_SCOPE_SENTENCE,
    OUT_OF_SCOPE_REQUIREMENTS,
    ONLY_RESTRICTIVE_REQUIREMENTS,
    MULTIPLE_SENTENCES,
    TERMINATED_WITHIN_7_DAYS,
    UNDER_REVIEW,
    INSUFFICIENT_DELIVERY,
    AGE_OUT_OF_SCOPE,
    RISK_OUT_OF_SCOPE,
    SENTENCE_TOO_SHORT,
    DUPLICATE_PERSON,
    /** The case starts after the window's end or after fieldwork begins: nothing to inspect yet. */
    NOT_STARTED,
    /** A restricted-access record (the long list redacts its names with *): never sampled. */
    RESTRICTED_ACCESS;

    /** Scope reasons put a case outside the method's population; the others exclude a case within it. */
    public boolean isScopeReason() {
        return this == OUT_OF_SCOPE_SENTENCE || this == OUT_OF_SCOPE_REQUIREMENTS
                || this == ONLY_RESTRICTIVE_REQUIREMENTS || this == AGE_OUT_OF_SCOPE
                || this == RISK_OUT_OF_SCOPE || this == SENTENCE_TOO_SHORT;
    }
}
