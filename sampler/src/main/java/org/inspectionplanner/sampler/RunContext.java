package org.inspectionplanner.sampler;

import java.util.List;
import java.util.random.RandomGenerator;
import org.inspectionplanner.data.caseload.CaseRecord;

/** What every step of a run reads: its resolved parameters, the ranked eligible cases, and the warnings so far. */
record RunContext(RunParameters params, RankedPool pool, List<String> warnings) {

    /**
     * The seeded stream for one purpose, distinct per PDU: with one seed for a whole fieldwork plan,
     * PDUs whose candidate pairs tie still get independent draws.
     */
    static RandomGenerator random(RunParameters params, String purpose) {
        return Sampler.stream(params.seed(), params.pdu() == null ? purpose : purpose + "|" + params.pdu());
    }

    RandomGenerator random(String purpose) {
        return random(params, purpose);
    }

    int week(CaseRecord c) {
        return params.week(c.startDate());
    }

    int minimum(Quota q) {
        return params.minimum(q);
    }

    Integer target() {
        return params.target();
    }
}
