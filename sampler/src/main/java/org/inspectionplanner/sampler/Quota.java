package org.inspectionplanner.sampler;

import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;

/** A minimum number of cases of one kind that a sample must hold when the window can supply them. */
public enum Quota {
    FEMALE(CaseRecord::isFemale, Selection.BOOST_FEMALE),
    ETHNIC_MINORITY(CaseRecord::isEthnicMinority, Selection.BOOST_ETHNIC_MINORITY),
    HIGH_ROSH(CaseRecord::isHighRosh, Selection.BOOST_HIGH_ROSH);

    /** Every quota, in declaration order: {@code values()} copies its array on each call, and it is asked per case. */
    static final Quota[] ALL = values();

    private final Predicate<CaseRecord> counts;
    private final Selection boostMark;

    Quota(Predicate<CaseRecord> counts, Selection boostMark) {
        this.counts = counts;
        this.boostMark = boostMark;
    }

    public boolean counts(CaseRecord c) {
        return counts.test(c);
    }

    public Selection boostMark() {
        return boostMark;
    }
}
