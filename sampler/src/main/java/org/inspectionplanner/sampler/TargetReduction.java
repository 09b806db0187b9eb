package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The target is a ceiling for every method: a sample larger than the target (a cohort, a census, a
 * draw that the quota boost took past it) is reduced to exactly the target. First the cases the
 * quotas need (those filling several short quotas first, from practitioners with fewest kept cases,
 * the method's own selection before cases added to it), at most the target; then a proportional share
 * of each stratum, again spreading over practitioners. The rest move to the reserves. When the
 * minimums alone need more cases than the target, the target wins: the quotas are reported unmet
 * with the target as the cause and a warning says by how much.
 */
final class TargetReduction {

    private TargetReduction() {
    }

    static void reduce(RunContext ctx, Draw draw) {
        int target = ctx.target();
        RankedPool pool = ctx.pool();
        List<CaseRecord> current = new ArrayList<>(draw.selected.keySet());
        current.sort(Comparator.comparingInt((CaseRecord c) -> added(draw, c) ? 1 : 0).thenComparing(pool.rankOrder()));
        draw.reducedFrom = current.size();
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
            int needed = keep.size();
            draw.quotaCasesOverTarget = needed - target;
            ctx.warnings().add("The minimums need " + needed + " cases, " + (needed - target)
                    + " more than the target of " + target + ": the target wins and the quotas below say which fall short");
            List<CaseRecord> first = new ArrayList<>(keep).subList(0, target);
            keep.clear();
            load.clear();
            kept.replaceAll((q, n) -> 0);
            first.forEach(c -> keep(keep, load, kept, c));
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
                draw.moveToReserves(c, Departures.Rule.TARGET);
            }
        }
    }

    /** A case the boost or the top-up added to the method's own selection. */
    private static boolean added(Draw draw, CaseRecord c) {
        var marks = draw.selected.get(c);
        return !marks.contains(Selection.COHORT) && !marks.contains(Selection.STRATIFIED);
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
