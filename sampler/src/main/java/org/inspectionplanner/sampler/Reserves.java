package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The ranked reserves: cases moved out by the target or the cap rank first (in rank order); then
 * further eligible cases of the window, allocated over the sample's strata in proportion, up to the
 * requested number (by default 20% of the sample, rounded up; none for rosh-thematic, which takes
 * every eligible case).
 */
final class Reserves {

    /** The reserves, and how many were wanted (report.json {@code parameters.reserves}). */
    record Ranked(List<ReserveCase> reserves, int wanted) {
    }

    private Reserves() {
    }

    static Ranked rank(RunContext ctx, Draw draw, StratumWeights weights) {
        RunParameters params = ctx.params();
        RankedPool pool = ctx.pool();
        int wanted = params.reserves() != null ? params.reserves()
                : params.method() == SamplingMethod.ROSH_THEMATIC ? 0
                : (int) Math.ceil(SamplingMethod.DEFAULT_RESERVE_SHARE * draw.size() - 1e-9);
        List<CaseRecord> moved = new ArrayList<>(draw.moved);
        moved.sort(pool.rankOrder());
        List<CaseRecord> further = new ArrayList<>();
        int more = wanted - moved.size();
        if (more > 0) {
            List<CaseRecord> remaining = pool.remaining(draw);
            Map<String, List<CaseRecord>> poolStrata = pool.groupByStratum(remaining);
            Map<String, Integer> sampleStrata = new TreeMap<>();
            draw.selected.keySet().forEach(c -> sampleStrata.merge(pool.stratum(c), 1, Integer::sum));
            List<String> names = new ArrayList<>(poolStrata.keySet());
            int[] weight = names.stream().mapToInt(s -> sampleStrata.getOrDefault(s, 0)).toArray();
            int[] room = names.stream().mapToInt(s -> poolStrata.get(s).size()).toArray();
            int[] alloc = Allocation.largestRemainder(more, weight, room, pool.firstRanks(poolStrata, names));
            Set<CaseRecord> chosen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                chosen.addAll(poolStrata.get(names.get(i)).subList(0, alloc[i]));
            }
            for (CaseRecord c : remaining) {
                if (chosen.contains(c)) {
                    further.add(c);
                }
            }
        }
        if (further.size() < more) {
            ctx.warnings().add("only " + (moved.size() + further.size()) + " reserves available of " + wanted
                    + " wanted");
        }
        List<ReserveCase> out = new ArrayList<>();
        int r = 1;
        for (CaseRecord c : moved) {
            out.add(reserve(ctx, weights, c, r++, true));
        }
        for (CaseRecord c : further) {
            out.add(reserve(ctx, weights, c, r++, false));
        }
        return new Ranked(out, wanted);
    }

    private static ReserveCase reserve(RunContext ctx, StratumWeights weights, CaseRecord c, int rank,
            boolean moved) {
        String stratum = ctx.pool().stratum(c);
        return new ReserveCase(c, rank, stratum, ctx.params().cohortWeek(c.startDate()), stratum,
                weights.weight(stratum), moved);
    }
}
