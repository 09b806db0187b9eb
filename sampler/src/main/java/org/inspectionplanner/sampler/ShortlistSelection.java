package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * stratified-shortlist (2018-20 domain two, as in the Ministry of Justice sampler): the target
 * allocated over six strata in proportion, each stratum's share allocated down the hierarchy
 * (PDU, office, practitioner; the nested pick), what a stratum cannot supply taken from the rest,
 * then the boost of short quotas.
 */
final class ShortlistSelection implements MethodSelection {

    /** The MoJ sampler's five strata, plus the cases it drops (gender other or unknown). */
    static final List<String> STRATA = List.of("FEMALE", "MALE_COMMUNITY_LOW",
            "MALE_COMMUNITY_NON_LOW", "MALE_POST_CUSTODY_LOW", "MALE_POST_CUSTODY_NON_LOW", "OTHER_OR_UNKNOWN_GENDER");

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        RankedPool pool = ctx.pool();
        Map<String, List<CaseRecord>> byStratum = pool.groupByStratum(pool.byRank());
        int[] sizes = STRATA.stream().mapToInt(s -> byStratum.getOrDefault(s, List.of()).size()).toArray();
        int[] alloc = Allocation.largestRemainder(ctx.target(), sizes, sizes);
        for (int i = 0; i < STRATA.size(); i++) {
            nestedPick(ctx, draw, byStratum.getOrDefault(STRATA.get(i), List.of()), alloc[i]);
        }
        StratifiedSelection.fillFromWholePool(ctx, draw);
        QuotaBoost.boost(ctx, draw, pool.remaining(draw));
        return Weeks.NONE;
    }

    /**
     * Allocates k cases of one stratum over PDUs, then offices, then practitioners, in proportion to
     * their cases and within each practitioner's room under the cap: a practitioner's overflow goes to
     * the others of the same office, an office's to the rest of its PDU. Ties go to the group holding
     * the best-ranked case.
     */
    private static void nestedPick(RunContext ctx, Draw draw, List<CaseRecord> stratumByRank, int k) {
        RankedPool pool = ctx.pool();
        Map<String, Map<String, Map<String, List<CaseRecord>>>> tree = new TreeMap<>();
        for (CaseRecord c : stratumByRank) {
            tree.computeIfAbsent(c.pdu(), p -> new TreeMap<>())
                    .computeIfAbsent(c.office(), o -> new TreeMap<>())
                    .computeIfAbsent(Draw.practitionerKey(c), p -> new ArrayList<>())
                    .add(c);
        }
        List<String> pdus = new ArrayList<>(tree.keySet());
        int[] pduWeight = new int[pdus.size()];
        int[] pduRoom = new int[pdus.size()];
        int[] pduTie = new int[pdus.size()];
        for (int i = 0; i < pdus.size(); i++) {
            pduTie[i] = Integer.MAX_VALUE;
            for (var office : tree.get(pdus.get(i)).values()) {
                for (var e : office.entrySet()) {
                    pduWeight[i] += e.getValue().size();
                    pduRoom[i] += room(draw, e.getKey(), e.getValue());
                    pduTie[i] = Math.min(pduTie[i], pool.rank(e.getValue().get(0)));
                }
            }
        }
        int[] pduAlloc = Allocation.largestRemainder(k, pduWeight, pduRoom, pduTie);
        for (int i = 0; i < pdus.size(); i++) {
            Map<String, Map<String, List<CaseRecord>>> offices = tree.get(pdus.get(i));
            List<String> officeNames = new ArrayList<>(offices.keySet());
            int[] officeWeight = new int[officeNames.size()];
            int[] officeRoom = new int[officeNames.size()];
            int[] officeTie = new int[officeNames.size()];
            for (int j = 0; j < officeNames.size(); j++) {
                officeTie[j] = Integer.MAX_VALUE;
                for (var e : offices.get(officeNames.get(j)).entrySet()) {
                    officeWeight[j] += e.getValue().size();
                    officeRoom[j] += room(draw, e.getKey(), e.getValue());
                    officeTie[j] = Math.min(officeTie[j], pool.rank(e.getValue().get(0)));
                }
            }
            int[] officeAlloc = Allocation.largestRemainder(pduAlloc[i], officeWeight, officeRoom, officeTie);
            for (int j = 0; j < officeNames.size(); j++) {
                pickInOffice(ctx, draw, offices.get(officeNames.get(j)), officeAlloc[j]);
            }
        }
    }

    /** An office's share over its practitioners, each taking their best-ranked cases. */
    private static void pickInOffice(RunContext ctx, Draw draw, Map<String, List<CaseRecord>> practitioners, int k) {
        List<String> ids = new ArrayList<>(practitioners.keySet());
        int[] weight = new int[ids.size()];
        int[] room = new int[ids.size()];
        int[] tie = new int[ids.size()];
        for (int p = 0; p < ids.size(); p++) {
            weight[p] = practitioners.get(ids.get(p)).size();
            room[p] = room(draw, ids.get(p), practitioners.get(ids.get(p)));
            tie[p] = ctx.pool().rank(practitioners.get(ids.get(p)).get(0));
        }
        int[] alloc = Allocation.largestRemainder(k, weight, room, tie);
        for (int p = 0; p < ids.size(); p++) {
            List<CaseRecord> cases = practitioners.get(ids.get(p));
            for (int n = 0; n < alloc[p]; n++) {
                draw.add(cases.get(n), Selection.STRATIFIED);
            }
        }
    }

    /** How many of a practitioner's cases still fit under the cap (all, when unallocated or uncapped). */
    private static int room(Draw draw, String practitioner, List<CaseRecord> cases) {
        if (Draw.UNALLOCATED.equals(practitioner) || draw.cap == null) {
            return cases.size();
        }
        return Math.max(0, Math.min(cases.size(), draw.cap - draw.perPractitioner.getOrDefault(practitioner, 0)));
    }
}
