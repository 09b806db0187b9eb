package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * pdu-cohort (2022-23): every eligible case of a pair of candidate weeks. The pair is the one with the
 * smallest quota shortfall, then nearest the target, then a seeded tie-break; a pair with no eligible
 * case only when every pair is empty. Then, in order: the practitioner cap (only when one is given),
 * the boost of short quotas from the other weeks (nearest week first) and, with --top-up, a
 * proportional top-up to the target. A cohort over the target is reduced afterwards, as every
 * method's sample is ({@link TargetReduction}).
 */
final class CohortSelection implements MethodSelection {

    /** A pair of candidate weeks as scored for the choice. */
    private record Pair(int a, int b, int eligible, int shortfall, Integer distance, long tieBreak) {
    }

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        RunParameters params = ctx.params();
        RankedPool pool = ctx.pool();
        Map<Integer, List<CaseRecord>> byWeek = new TreeMap<>();
        for (int k = params.firstWeek(); k <= params.lastWeek(); k++) {
            byWeek.put(k, new ArrayList<>());
        }
        for (CaseRecord c : pool.byRank()) {
            byWeek.get(ctx.week(c)).add(c);
        }
        Map<Integer, int[]> quotaCounts = new HashMap<>();
        for (var e : byWeek.entrySet()) {
            int[] counts = new int[Quota.ALL.length];
            for (CaseRecord c : e.getValue()) {
                for (Quota q : Quota.ALL) {
                    counts[q.ordinal()] += q.counts(c) ? 1 : 0;
                }
            }
            quotaCounts.put(e.getKey(), counts);
        }
        List<Pair> pairs = candidatePairs(ctx, byWeek, quotaCounts);
        Pair chosen = pairs.stream()
                .min(Comparator.comparingInt((Pair p) -> p.eligible() == 0 ? 1 : 0)
                        .thenComparingInt(Pair::shortfall)
                        .thenComparingInt(p -> p.distance() == null ? 0 : p.distance())
                        .thenComparingLong(Pair::tieBreak))
                .orElseThrow();

        List<SampleReport.CandidateWeek> candidateWeeks = new ArrayList<>();
        for (var e : byWeek.entrySet()) {
            int[] counts = quotaCounts.get(e.getKey());
            candidateWeeks.add(new SampleReport.CandidateWeek(e.getKey(),
                    CohortWeeks.weekStart(params.fieldworkStart(), e.getKey()).toString(), e.getValue().size(),
                    counts[Quota.FEMALE.ordinal()], counts[Quota.ETHNIC_MINORITY.ordinal()],
                    counts[Quota.HIGH_ROSH.ordinal()]));
        }
        List<SampleReport.CandidatePair> candidatePairs = new ArrayList<>();
        for (Pair p : pairs) {
            candidatePairs.add(new SampleReport.CandidatePair(List.of(p.a(), p.b()), p.eligible(), p.shortfall(),
                    p.distance(), p == chosen));
        }

        List<CaseRecord> cohort = new ArrayList<>(byWeek.get(chosen.a()));
        cohort.addAll(byWeek.get(chosen.b()));
        cohort.sort(pool.rankOrder());
        applyCap(ctx, draw, cohort);
        List<CaseRecord> otherWeeks = new ArrayList<>();
        for (CaseRecord c : pool.byRank()) {
            int k = ctx.week(c);
            if (k != chosen.a() && k != chosen.b()) {
                otherWeeks.add(c);
            }
        }
        // nearest candidate week to the chosen pair first, then the random rank
        otherWeeks.sort(Comparator.comparingInt((CaseRecord c) ->
                Math.min(Math.abs(ctx.week(c) - chosen.a()), Math.abs(ctx.week(c) - chosen.b())))
                .thenComparing(pool.rankOrder()));
        QuotaBoost.boost(ctx, draw, otherWeeks);
        if (params.topUp() && ctx.target() != null && draw.size() < ctx.target()) {
            topUp(ctx, draw, otherWeeks);
        }
        return new Weeks(candidateWeeks, candidatePairs, List.of(chosen.a(), chosen.b()));
    }

    /** Every allowed pair of candidate weeks, scored; adjacent weeks only with --allow-adjacent-weeks. */
    private static List<Pair> candidatePairs(RunContext ctx, Map<Integer, List<CaseRecord>> byWeek,
            Map<Integer, int[]> quotaCounts) {
        RunParameters params = ctx.params();
        RandomGenerator tie = ctx.random("pairs");
        List<Pair> pairs = new ArrayList<>();
        for (int a = params.firstWeek(); a <= params.lastWeek(); a++) {
            for (int b = a + 1; b <= params.lastWeek(); b++) {
                if (b - a == 1 && !params.allowAdjacentWeeks()) {
                    continue;
                }
                int eligible = byWeek.get(a).size() + byWeek.get(b).size();
                int shortfall = 0;
                for (Quota q : Quota.ALL) {
                    int have = quotaCounts.get(a)[q.ordinal()] + quotaCounts.get(b)[q.ordinal()];
                    shortfall += Math.max(0, ctx.minimum(q) - have);
                }
                Integer distance = ctx.target() == null ? null : Math.abs(eligible - ctx.target());
                pairs.add(new Pair(a, b, eligible, shortfall, distance, tie.nextLong()));
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no pair of candidate weeks " + params.firstWeek() + ".."
                    + params.lastWeek() + " is allowed"
                    + (params.allowAdjacentWeeks() ? "" : " without --allow-adjacent-weeks"));
        }
        return pairs;
    }

    /**
     * The practitioner cap: a practitioner over it keeps the cases that serve most quotas, then the
     * best-ranked; the rest move to the reserves.
     */
    private static void applyCap(RunContext ctx, Draw draw, List<CaseRecord> cohortByRank) {
        Map<String, List<CaseRecord>> byPractitioner = new TreeMap<>();
        for (CaseRecord c : cohortByRank) {
            if (c.hasPractitioner()) {
                byPractitioner.computeIfAbsent(c.practitionerId(), p -> new ArrayList<>()).add(c);
            }
        }
        if (draw.cap == null) {
            cohortByRank.forEach(c -> draw.add(c, Selection.COHORT));
            return;
        }
        Set<CaseRecord> overCap = new HashSet<>();
        for (List<CaseRecord> cases : byPractitioner.values()) {
            if (cases.size() > draw.cap) {
                List<CaseRecord> order = new ArrayList<>(cases);
                order.sort(Comparator.comparingInt((CaseRecord c) -> -quotaFlags(ctx, c))
                        .thenComparing(ctx.pool().rankOrder()));
                overCap.addAll(order.subList(draw.cap, order.size()));
            }
        }
        for (CaseRecord c : cohortByRank) {
            if (overCap.contains(c)) {
                draw.keepOut(c, Departures.Rule.PRACTITIONER_CAP);
            } else {
                draw.add(c, Selection.COHORT);
            }
        }
    }

    /** How many quotas with a minimum above 0 the case counts towards. */
    private static int quotaFlags(RunContext ctx, CaseRecord c) {
        int n = 0;
        for (Quota q : Quota.ALL) {
            if (ctx.minimum(q) > 0 && q.counts(c)) {
                n++;
            }
        }
        return n;
    }

    /** Fills a cohort below the target from the other weeks, stratum by stratum in proportion to the window. */
    private static void topUp(RunContext ctx, Draw draw, List<CaseRecord> pool) {
        RankedPool ranked = ctx.pool();
        int target = ctx.target();
        int need = target - draw.size();
        Map<String, List<CaseRecord>> windowStrata = ranked.groupByStratum(ranked.byRank());
        Map<String, List<CaseRecord>> poolStrata = new TreeMap<>();
        for (CaseRecord c : pool) {
            if (!draw.contains(c)) {
                poolStrata.computeIfAbsent(ranked.stratum(c), s -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> inSample = new HashMap<>();
        draw.selected.keySet().forEach(c -> inSample.merge(ranked.stratum(c), 1, Integer::sum));
        List<String> names = new ArrayList<>(poolStrata.keySet());
        double[] weights = new double[names.size()];
        int[] capacity = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i);
            double desired = (double) target * windowStrata.getOrDefault(s, List.of()).size() / ranked.size();
            weights[i] = Math.max(0, desired - inSample.getOrDefault(s, 0));
            capacity[i] = poolStrata.get(s).size();
        }
        int[] alloc = Allocation.largestRemainder(need, weights, capacity);
        for (int i = 0; i < names.size(); i++) {
            int taken = 0;
            for (CaseRecord c : poolStrata.get(names.get(i))) {
                if (taken == alloc[i]) {
                    break;
                }
                if (!draw.contains(c) && draw.fits(c)) {
                    draw.add(c, Selection.TOP_UP);
                    taken++;
                }
            }
        }
        for (CaseRecord c : pool) {
            if (draw.size() >= target) {
                break;
            }
            if (!draw.contains(c) && draw.fits(c)) {
                draw.add(c, Selection.TOP_UP);
            }
        }
    }
}
