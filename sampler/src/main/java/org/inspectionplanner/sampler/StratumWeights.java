package org.inspectionplanner.sampler;

import java.util.HashMap;
import java.util.Map;

/** A stratum's weight: its eligible cases over its sampled cases (null when none is sampled). */
final class StratumWeights {

    private final Map<String, Integer> eligible = new HashMap<>();
    private final Map<String, Integer> sampled = new HashMap<>();

    /** Of the final draw. */
    StratumWeights(RankedPool pool, Draw draw) {
        pool.byRank().forEach(c -> eligible.merge(pool.stratum(c), 1, Integer::sum));
        draw.selected.keySet().forEach(c -> sampled.merge(pool.stratum(c), 1, Integer::sum));
    }

    Double weight(String stratum) {
        Integer n = sampled.get(stratum);
        if (n == null || n == 0) {
            return null;
        }
        return (double) eligible.getOrDefault(stratum, 0) / n;
    }
}
