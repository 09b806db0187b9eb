package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * stratified-shortlist (2018-20 domain two, as in the Ministry of Justice sampler): the target
 * allocated over six strata in proportion, each stratum's share allocated down the hierarchy
 * (cluster, PDU, office, practitioner; the nested pick), what a stratum cannot supply taken from the
 * rest, then the boost of short quotas.
 */
final class ShortlistSelection implements MethodSelection {

    /** The MoJ sampler's five strata, plus the cases it drops (gender other or unknown). */
    static final List<String> STRATA = List.of("FEMALE", "MALE_COMMUNITY_LOW",
            "MALE_COMMUNITY_NON_LOW", "MALE_POST_CUSTODY_LOW", "MALE_POST_CUSTODY_NON_LOW", "OTHER_OR_UNKNOWN_GENDER");

    /** The long list's {@code cluster} field, passed through as an extra column; blank when the file has none. */
    static final String CLUSTER_COLUMN = "cluster";

    /**
     * The levels a stratum's share goes down, as the MoJ tool allocates (cluster, LDU, then responsible
     * officer; ours adds the office, its team, between the last two). A file without clusters is one cluster.
     */
    private static final List<Function<CaseRecord, String>> LEVELS = List.of(
            c -> c.extra().getOrDefault(CLUSTER_COLUMN, ""), CaseRecord::pdu, CaseRecord::office, Draw::practitionerKey);

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        RankedPool pool = ctx.pool();
        Map<String, List<CaseRecord>> byStratum = pool.groupByStratum(pool.byRank());
        int[] sizes = STRATA.stream().mapToInt(s -> byStratum.getOrDefault(s, List.of()).size()).toArray();
        int[] alloc = Allocation.largestRemainder(ctx.target(), sizes, sizes);
        for (int i = 0; i < STRATA.size(); i++) {
            nestedPick(ctx, draw, byStratum.getOrDefault(STRATA.get(i), List.of()), alloc[i], 0);
        }
        keepEveryStratum(ctx, draw, byStratum, alloc);
        StratifiedSelection.fillFromWholePool(ctx, draw);
        QuotaBoost.boost(ctx, draw, pool.remaining(draw));
        return Weeks.NONE;
    }

    /**
     * Allocates k cases of one group down the remaining levels, in proportion to their cases and
     * within each practitioner's room under the cap: a practitioner's overflow goes to the others of
     * the same office, an office's to the rest of its PDU, a PDU's to the rest of its cluster. Ties go
     * to the group holding the best-ranked case. At the last level, a practitioner's best-ranked cases.
     */
    private static void nestedPick(RunContext ctx, Draw draw, List<CaseRecord> byRank, int k, int level) {
        if (k <= 0) {
            return;
        }
        if (level == LEVELS.size()) {
            for (int n = 0; n < k; n++) {
                draw.add(byRank.get(n), Selection.STRATIFIED);
            }
            return;
        }
        Map<String, List<CaseRecord>> groups = new TreeMap<>();
        for (CaseRecord c : byRank) {
            groups.computeIfAbsent(LEVELS.get(level).apply(c), g -> new ArrayList<>()).add(c);
        }
        List<List<CaseRecord>> members = new ArrayList<>(groups.values());
        int[] weight = new int[members.size()];
        int[] room = new int[members.size()];
        int[] tie = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            List<CaseRecord> group = members.get(i);
            weight[i] = group.size();
            room[i] = room(draw, group);
            tie[i] = ctx.pool().rank(group.get(0)); // lists are in rank order
        }
        int[] alloc = Allocation.largestRemainder(k, weight, room, tie);
        for (int i = 0; i < members.size(); i++) {
            nestedPick(ctx, draw, members.get(i), alloc[i], level + 1);
        }
    }

    /** How many of a group's cases still fit under the cap: per practitioner, their cases or their room. */
    private static int room(Draw draw, List<CaseRecord> group) {
        Map<String, Integer> perPractitioner = new HashMap<>();
        for (CaseRecord c : group) {
            perPractitioner.merge(Draw.practitionerKey(c), 1, Integer::sum);
        }
        int room = 0;
        for (Map.Entry<String, Integer> e : perPractitioner.entrySet()) {
            if (Draw.UNALLOCATED.equals(e.getKey()) || draw.cap == null) {
                room += e.getValue();
            } else {
                room += Math.max(0, Math.min(e.getValue(), draw.cap - draw.perPractitioner.getOrDefault(e.getKey(), 0)));
            }
        }
        return room;
    }

    /**
     * The cap counts a practitioner's cases across strata, so strata drawn first can fill a
     * practitioner that a later stratum needed: the MoJ tool then leaves that stratum empty. Here a
     * stratum that was allotted cases but got none takes its best-ranked case whose practitioner is
     * full, in exchange for that practitioner's worst-ranked case in the stratum holding the most
     * (which keeps at least one): the practitioner's load and the sample's size do not change.
     */
    private static void keepEveryStratum(RunContext ctx, Draw draw, Map<String, List<CaseRecord>> byStratum,
            int[] alloc) {
        RankedPool pool = ctx.pool();
        for (int i = 0; i < STRATA.size(); i++) {
            String stratum = STRATA.get(i);
            if (alloc[i] == 0 || drawnIn(draw, pool, stratum) > 0) {
                continue;
            }
            for (CaseRecord wanted : byStratum.getOrDefault(stratum, List.of())) {
                if (draw.fits(wanted)) {
                    draw.add(wanted, Selection.STRATIFIED);
                    break;
                }
                CaseRecord giveUp = swapPartner(draw, pool, wanted);
                if (giveUp != null) {
                    draw.moveToReserves(giveUp, Departures.Rule.PRACTITIONER_CAP); // swapped out under the cap so the stratum keeps a case
                    draw.add(wanted, Selection.STRATIFIED);
                    break;
                }
            }
        }
    }

    /** The worst-ranked sampled case of the same practitioner in the fullest other stratum with two or more. */
    private static CaseRecord swapPartner(Draw draw, RankedPool pool, CaseRecord wanted) {
        if (!wanted.hasPractitioner()) {
            return null;
        }
        Map<String, Integer> perStratum = new LinkedHashMap<>();
        for (CaseRecord c : draw.selected.keySet()) {
            perStratum.merge(pool.stratum(c), 1, Integer::sum);
        }
        CaseRecord best = null;
        for (CaseRecord c : draw.selected.keySet()) {
            if (!wanted.practitionerId().equals(c.practitionerId()) || perStratum.get(pool.stratum(c)) < 2) {
                continue;
            }
            if (best == null || perStratum.get(pool.stratum(c)) > perStratum.get(pool.stratum(best))
                    || (perStratum.get(pool.stratum(c)).equals(perStratum.get(pool.stratum(best)))
                    && pool.rank(c) > pool.rank(best))) {
                best = c;
            }
        }
        return best;
    }

    private static int drawnIn(Draw draw, RankedPool pool, String stratum) {
        int n = 0;
        for (CaseRecord c : draw.selected.keySet()) {
            if (stratum.equals(pool.stratum(c))) {
                n++;
            }
        }
        return n;
    }
}
