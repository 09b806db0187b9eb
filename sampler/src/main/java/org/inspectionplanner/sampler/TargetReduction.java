package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * Reduces a sample larger than the target (a cohort, a census) to the target: first the cases the
 * quotas need (those filling several short quotas first, from practitioners with fewest kept cases),
 * then a proportional share of each stratum, again spreading over practitioners. The rest move to the
 * reserves.
 */
final class TargetReduction {

    private TargetReduction() {
    }

    static void reduce(RunContext ctx, Draw draw) {
        int target = ctx.target();
        RankedPool pool = ctx.pool();
        List<CaseRecord> current = new ArrayList<>(draw.selected.keySet());
        current.sort(pool.rankOrder());
        Set<CaseRecord> keep = new LinkedHashSet<>();
        Map<String, Integer> load = new HashMap<>();
        Map<Quota, Integer> need = new EnumMap<>(Quota.class);
        Map<Quota, Integer> kept = new EnumMap<>(Quota.class);
        for (Quota q : Quota.values()) {
            int available = 0;
            for (CaseRecord c : current) {
                available += q.counts(c) ? 1 : 0;
            }
            need.put(q, Math.min(ctx.minimum(q), available));
            kept.put(q, 0);
        }
        while (true) {
            CaseRecord best = null;
            int bestCovers = 0;
            int bestLoad = 0;
            for (CaseRecord c : current) {
                if (keep.contains(c)) {
                    continue;
                }
                int covers = 0;
                for (Quota q : Quota.values()) {
                    if (kept.get(q) < need.get(q) && q.counts(c)) {
                        covers++;
                    }
                }
                int l = load.getOrDefault(Draw.practitionerKey(c), 0);
                if (covers > bestCovers || (covers > 0 && covers == bestCovers && l < bestLoad)) {
                    best = c;
                    bestCovers = covers;
                    bestLoad = l;
                }
            }
            if (best == null) {
                break;
            }
            keep(keep, load, kept, best);
        }
        if (keep.size() > target) {
            ctx.warnings().add("keeping the quotas needs " + keep.size() + " cases, more than the target of " + target);
        }
        int slots = target - keep.size();
        if (slots > 0) {
            Map<String, List<CaseRecord>> byStratum = pool.groupByStratum(current);
            List<String> names = new ArrayList<>(byStratum.keySet());
            double[] weights = new double[names.size()];
            int[] capacity = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                List<CaseRecord> s = byStratum.get(names.get(i));
                long keptHere = s.stream().filter(keep::contains).count();
                double desired = (double) target * s.size() / current.size();
                weights[i] = Math.max(0, desired - keptHere);
                capacity[i] = (int) (s.size() - keptHere);
            }
            int[] alloc = Allocation.largestRemainder(slots, weights, capacity);
            for (int i = 0; i < names.size(); i++) {
                List<CaseRecord> candidates = new ArrayList<>();
                for (CaseRecord c : byStratum.get(names.get(i))) {
                    if (!keep.contains(c)) {
                        candidates.add(c);
                    }
                }
                int taken = 0;
                for (CaseRecord c : RankedPool.spreadOrder(candidates, load)) {
                    if (taken == alloc[i]) {
                        break;
                    }
                    keep(keep, load, kept, c);
                    taken++;
                }
            }
        }
        for (CaseRecord c : current) {
            if (!keep.contains(c)) {
                draw.moveToReserves(c);
            }
        }
    }

    private static void keep(Set<CaseRecord> keep, Map<String, Integer> load, Map<Quota, Integer> kept,
            CaseRecord c) {
        keep.add(c);
        load.merge(Draw.practitionerKey(c), 1, Integer::sum);
        for (Quota q : Quota.values()) {
            if (q.counts(c)) {
                kept.merge(q, 1, Integer::sum);
            }
        }
    }
}
