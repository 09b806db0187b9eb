package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * Sub-samples of the sample (interviews, partner files...). Every sub-sample walks the same seeded
 * order of the sample, office by office in proportion, so a smaller sub-sample sits inside a larger
 * one (prison files within police files, say).
 */
final class SubSamples {

    /** Which sub-samples each sampled case belongs to, and each sub-sample's summary (in request order). */
    record Drawn(Map<CaseRecord, List<String>> membership, Map<String, SampleReport.SubSampleSummary> summaries) {
    }

    private SubSamples() {
    }

    static Drawn draw(RunContext ctx, Draw draw) {
        Map<CaseRecord, List<String>> membership = new HashMap<>();
        Map<String, SampleReport.SubSampleSummary> out = new LinkedHashMap<>();
        Map<String, Integer> requested = ctx.params().subSamples();
        if (requested.isEmpty()) {
            return new Drawn(membership, out);
        }
        List<CaseRecord> order = new ArrayList<>(draw.selected.keySet());
        order.sort(Sampler.byCaseId());
        Sampler.shuffle(order, ctx.random("sub-samples"));
        Map<String, Integer> perOffice = new TreeMap<>();
        order.forEach(c -> perOffice.merge(c.office(), 1, Integer::sum));
        List<String> offices = new ArrayList<>(perOffice.keySet());
        int[] sizes = offices.stream().mapToInt(perOffice::get).toArray();
        for (var e : requested.entrySet()) {
            int k = Math.min(e.getValue(), order.size());
            if (e.getValue() > order.size()) {
                ctx.warnings().add("sub-sample " + e.getKey() + " asks for " + e.getValue()
                        + " cases; the sample has " + order.size());
            }
            int[] alloc = Allocation.largestRemainder(k, sizes, sizes);
            Map<String, Integer> quota = new HashMap<>();
            for (int i = 0; i < offices.size(); i++) {
                quota.put(offices.get(i), alloc[i]);
            }
            Map<String, Integer> byOffice = new TreeMap<>();
            for (CaseRecord c : order) {
                int left = quota.get(c.office());
                if (left > 0) {
                    quota.put(c.office(), left - 1);
                    membership.computeIfAbsent(c, x -> new ArrayList<>()).add(e.getKey());
                    byOffice.merge(c.office(), 1, Integer::sum);
                }
            }
            out.put(e.getKey(), new SampleReport.SubSampleSummary(e.getValue(), k, byOffice));
        }
        return new Drawn(membership, out);
    }
}
