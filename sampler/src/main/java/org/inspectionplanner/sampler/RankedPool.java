package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The eligible cases of a run in the seeded random order every later step draws from, with the
 * stratum of each and the helpers the methods share to take cases in that order.
 */
final class RankedPool {

    private final List<CaseRecord> byRank;
    private final CaseRanks rank;
    private final Function<CaseRecord, String> stratumOf;
    /** Each ranked case's stratum, by rank: computed once, as later steps ask for it many times per case. */
    private final String[] strata;

    /** Ranks {@code eligibleByCaseId}: sorting first makes the caseload's row order irrelevant. */
    RankedPool(List<CaseRecord> eligibleByCaseId, RandomGenerator random, Function<CaseRecord, String> stratumOf) {
        List<CaseRecord> ranked = new ArrayList<>(eligibleByCaseId);
        Sampler.shuffle(ranked, random);
        this.rank = new CaseRanks(ranked);
        this.byRank = List.copyOf(ranked);
        this.stratumOf = stratumOf;
        this.strata = new String[ranked.size()];
        for (int i = 0; i < strata.length; i++) {
            strata[i] = stratumOf.apply(ranked.get(i));
        }
    }

    /** Every eligible case, best rank first. */
    List<CaseRecord> byRank() {
        return byRank;
    }

    int size() {
        return byRank.size();
    }

    int rank(CaseRecord c) {
        return rank.of(c);
    }

    Comparator<CaseRecord> rankOrder() {
        return Comparator.comparingInt(rank::of);
    }

    String stratum(CaseRecord c) {
        int r = rank.indexOf(c);
        return r >= 0 ? strata[r] : stratumOf.apply(c);
    }

    /** The eligible cases neither in the draw nor moved out of it, in rank order. */
    List<CaseRecord> remaining(Draw draw) {
        List<CaseRecord> pool = new ArrayList<>();
        for (CaseRecord c : byRank) {
            if (!draw.contains(c) && !draw.moved.contains(c)) {
                pool.add(c);
            }
        }
        return pool;
    }

    Map<String, List<CaseRecord>> groupByStratum(List<CaseRecord> cases) {
        Map<String, List<CaseRecord>> out = new TreeMap<>();
        for (CaseRecord c : cases) {
            out.computeIfAbsent(stratum(c), s -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** Each group's best rank: the seeded tie order for largest-remainder rounding. */
    int[] firstRanks(Map<String, List<CaseRecord>> groups, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            out[i] = groups.get(names.get(i)).stream().mapToInt(rank::of).min().orElse(Integer.MAX_VALUE);
        }
        return out;
    }

    /** Adds up to k of the candidates (in rank order), spreading over practitioners and keeping within the cap. */
    static void take(Draw draw, List<CaseRecord> candidatesByRank, int k, Selection mark) {
        int taken = 0;
        for (CaseRecord c : spreadOrder(candidatesByRank, draw.perPractitioner)) {
            if (taken >= k) {
                return;
            }
            if (!draw.contains(c) && draw.fits(c)) {
                draw.add(c, mark);
                taken++;
            }
        }
    }

    /**
     * Candidates (in rank order) reordered so that each practitioner's first case comes before anyone's
     * second: the order that reaches the most distinct practitioners. Unallocated cases queue together.
     */
    static List<CaseRecord> spreadOrder(List<CaseRecord> candidatesByRank, Map<String, Integer> load) {
        Map<String, Integer> position = new HashMap<>();
        List<CaseRecord> order = new ArrayList<>(candidatesByRank);
        Map<CaseRecord, Integer> key = new HashMap<>();
        Map<CaseRecord, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            CaseRecord c = order.get(i);
            String p = Draw.practitionerKey(c);
            int pos = position.merge(p, 1, Integer::sum) - 1;
            key.put(c, load.getOrDefault(p, 0) + pos);
            index.put(c, i);
        }
        order.sort(Comparator.comparingInt((CaseRecord c) -> key.get(c)).thenComparingInt(index::get));
        return order;
    }
}
