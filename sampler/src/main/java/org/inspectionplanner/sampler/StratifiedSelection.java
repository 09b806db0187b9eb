package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * quality-impact (2016-17) and omi2 (2009-12): a stratified random draw of the target size over the
 * whole window, allocated to the strata in proportion to their eligible cases (largest remainder,
 * seeded ties), spread over practitioners within the cap; what a stratum cannot supply comes from the
 * rest of the window; then the boost of short quotas.
 */
final class StratifiedSelection implements MethodSelection {

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        RankedPool pool = ctx.pool();
        int target = ctx.target();
        Map<String, List<CaseRecord>> byStratum = pool.groupByStratum(pool.byRank());
        List<String> names = new ArrayList<>(byStratum.keySet());
        int[] sizes = names.stream().mapToInt(s -> byStratum.get(s).size()).toArray();
        int[] alloc = Allocation.largestRemainder(target, sizes, sizes, pool.firstRanks(byStratum, names));
        for (int i = 0; i < names.size(); i++) {
            RankedPool.take(draw, byStratum.get(names.get(i)), alloc[i], Selection.STRATIFIED);
        }
        fillFromWholePool(ctx, draw);
        QuotaBoost.boost(ctx, draw, pool.remaining(draw));
        return new Weeks(weekCounts(ctx), List.of(), List.of());
    }

    /** What a stratum could not supply (practitioner cap) comes from the rest of the eligible cases. */
    static void fillFromWholePool(RunContext ctx, Draw draw) {
        if (draw.size() < ctx.target()) {
            RankedPool.take(draw, ctx.pool().remaining(draw), ctx.target() - draw.size(), Selection.STRATIFIED);
        }
    }

    /** Eligible cases per candidate week of the window, for the report. */
    private static List<SampleReport.CandidateWeek> weekCounts(RunContext ctx) {
        RunParameters params = ctx.params();
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int k = params.firstWeek(); k <= params.lastWeek(); k++) {
            counts.put(k, new int[4]);
        }
        for (CaseRecord c : ctx.pool().byRank()) {
            int[] n = counts.get(ctx.week(c));
            n[0]++;
            n[1] += c.isFemale() ? 1 : 0;
            n[2] += c.isEthnicMinority() ? 1 : 0;
            n[3] += c.isHighRosh() ? 1 : 0;
        }
        List<SampleReport.CandidateWeek> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new SampleReport.CandidateWeek(k,
                CohortWeeks.weekStart(params.fieldworkStart(), k).toString(), n[0], n[1], n[2], n[3])));
        return out;
    }
}
