package org.inspectionplanner.sampler;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The minimum quotas' boost: while a quota is short, adds the case of the pool (in preference order)
 * that fills the most short quotas, within the practitioner cap. Each added case carries a BOOST mark
 * per quota it served.
 */
final class QuotaBoost {

    private QuotaBoost() {
    }

    static void boost(RunContext ctx, Draw draw, List<CaseRecord> pool) {
        Map<Quota, Integer> have = new EnumMap<>(Quota.class);
        for (Quota q : Quota.ALL) {
            have.put(q, draw.count(q));
        }
        while (true) {
            CaseRecord best = null;
            int bestCovers = 0;
            for (CaseRecord c : pool) {
                if (draw.contains(c) || draw.moved.contains(c) || !draw.fits(c)) {
                    continue;
                }
                int covers = 0;
                for (Quota q : Quota.ALL) {
                    if (have.get(q) < ctx.minimum(q) && q.counts(c)) {
                        covers++;
                    }
                }
                if (covers > bestCovers) {
                    best = c;
                    bestCovers = covers;
                }
            }
            if (best == null) {
                return;
            }
            for (Quota q : Quota.ALL) {
                if (have.get(q) < ctx.minimum(q) && q.counts(best)) {
                    draw.add(best, q.boostMark());
                }
            }
            for (Quota q : Quota.ALL) {
                if (q.counts(best)) {
                    have.merge(q, 1, Integer::sum);
                }
            }
        }
    }
}
