package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport;

/** Turns a finished draw into the sample, the report and the result (with the quota warnings). */
final class ReportBuilder {

    private ReportBuilder() {
    }

    /** The input file a run read: its name, SHA-256 and the indexed caseload. */
    record Input(IndexedCaseload caseload, String file, String sha256) {
    }

    static SampleResult build(RunContext ctx, Input input, Screening screening, Draw draw,
            MethodSelection.Weeks weeks, StratumWeights weights, Reserves.Ranked reserves, SubSamples.Drawn subSamples) {
        RunParameters params = ctx.params();
        List<CaseRecord> eligible = screening.eligible();
        List<CaseRecord> selected = new ArrayList<>(draw.selected.keySet());
        selected.sort(Sampler.byCaseId());
        List<SampledCase> sample = new ArrayList<>();
        int boosted = 0;
        for (CaseRecord c : selected) {
            EnumSet<Selection> marks = draw.selected.get(c);
            if (marks.contains(Selection.BOOST_FEMALE) || marks.contains(Selection.BOOST_ETHNIC_MINORITY)
                    || marks.contains(Selection.BOOST_HIGH_ROSH)) {
                boosted++;
            }
            String stratum = ctx.pool().stratum(c);
            sample.add(new SampledCase(c, marks, params.cohortWeek(c.startDate()), stratum, weights.weight(stratum),
                    subSamples.membership().getOrDefault(c, List.of())));
        }

        List<SampleReport.QuotaResult> quotas = quotas(ctx, draw, eligible);
        List<SampleReport.Deviation> deviations = Departures.of(draw);
        String deviationSummary = Departures.summary(params.method(), deviations, draw.cap, params.target());
        List<String> warnings = new ArrayList<>();
        for (String w : ctx.warnings()) {
            warnings.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        int rows = input.caseload().rows();
        SampleReport report = new SampleReport(
                params.method().cliName(),
                parameters(params, reserves.wanted()),
                params.seed(),
                Sampler.RNG,
                new SampleReport.Input(input.file(), input.sha256(), rows),
                params.fieldworkStart().toString(),
                new SampleReport.Window(params.window().from().toString(), params.window().to().toString()),
                weeks.candidateWeeks(),
                weeks.candidatePairs(),
                weeks.chosenWeeks(),
                new SampleReport.Counts(rows, screening.inWindow(), eligible.size(), screening.excludedCounts(),
                        sample.size(), boosted, reserves.reserves().size()),
                quotas,
                deviationSummary,
                deviations,
                Composition.of(eligible, selected),
                practitioners(eligible, selected),
                precision(params, draw, sample.size(), eligible.size()),
                subSamples.summaries(),
                establishments(selected),
                warnings);
        return new SampleResult(sample, reserves.reserves(), screening.exclusions(), report,
                input.caseload().caseload().extraColumns());
    }

    /** Each quota's minimum and what was achieved; an unmet quota says why and adds a warning. */
    private static List<SampleReport.QuotaResult> quotas(RunContext ctx, Draw draw, List<CaseRecord> eligible) {
        List<SampleReport.QuotaResult> quotas = new ArrayList<>();
        for (Quota q : Quota.values()) {
            int min = ctx.minimum(q);
            int achieved = draw.count(q);
            int available = (int) eligible.stream().filter(q::counts).count();
            String cause = null;
            String reason = null;
            if (achieved < min) {
                boolean capped = draw.cap != null && draw.quotaCasesOverTarget == 0;
                if (achieved >= Math.min(min, available) || (!capped && ctx.target() == null)) {
                    cause = "WINDOW";
                    reason = "the window has only " + available + " eligible " + q.name() + " cases";
                } else if (capped) {
                    cause = "PRACTITIONER_CAP";
                    reason = "the practitioner cap of " + draw.cap + " per practitioner leaves only " + achieved
                            + " of the " + available + " eligible " + q.name() + " cases usable";
                } else {
                    cause = "TARGET";
                    reason = "the target of " + ctx.target() + " leaves room for only " + achieved + " of the "
                            + min + " " + q.name() + " cases wanted, " + (min - achieved) + " short";
                }
                ctx.warnings().add("quota " + q.name() + " unmet: " + achieved + " of minimum " + min + " (" + reason
                        + ")");
            }
            quotas.add(new SampleReport.QuotaResult(q.name(), min, achieved, achieved >= min, available, cause,
                    reason));
        }
        return quotas;
    }

    /**
     * The precision statement, with a finite-population correction only for a random draw from a listed
     * population: the drawing methods (N = the eligible cases of the window) and a reduction to the target
     * (N = the cases it drew from). A cohort or a census stands for the PDU's ongoing work.
     */
    private static SampleReport.PrecisionSummary precision(RunParameters params, Draw draw, int n, int eligible) {
        Integer population = null;
        String basis;
        if (params.method().draws() && n < eligible) {
            population = eligible;
            basis = "The sample is a random draw of " + n + " from the " + eligible + " eligible cases of the window,"
                    + " so the intervals carry a finite-population correction for N = " + eligible + ".";
        } else if (draw.reducedFrom != null && n < draw.reducedFrom && !params.method().draws()) {
            population = draw.reducedFrom;
            basis = "The target reduced the " + (params.method() == SamplingMethod.PDU_COHORT ? "cohort" : "census")
                    + " at random from " + draw.reducedFrom + " cases to " + n + ", so the intervals carry a"
                    + " finite-population correction for N = " + draw.reducedFrom + ".";
        } else if (params.method() == SamplingMethod.PDU_COHORT) {
            basis = "The cohort is every eligible case of two whole weeks, not a random draw from a listed"
                    + " population: its cases stand for the PDU's ongoing work, so no finite-population correction"
                    + " applies.";
        } else {
            basis = "Every eligible case was taken: the result is exact for these very cases, but as evidence of"
                    + " the practice they stand for it takes no finite-population correction.";
        }
        return Precision.summary(n, population, basis);
    }

    /** The establishments the sampled cases were released from, most cases first. */
    private static List<SampleReport.Establishment> establishments(List<CaseRecord> selected) {
        Map<String, Integer> counts = new HashMap<>();
        for (CaseRecord c : selected) {
            if (c.releasedFrom() != null && !c.releasedFrom().isBlank()) {
                counts.merge(c.releasedFrom(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<SampleReport.Establishment> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            out.add(new SampleReport.Establishment(i + 1, ranked.get(i).getKey(), ranked.get(i).getValue()));
        }
        return out;
    }

    /** report.json's {@code parameters}: every resolved parameter, under its contract name. */
    static Map<String, Object> parameters(RunParameters params, int reservesWanted) {
        boolean weekly = params.method().hasCandidateWeeks();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", params.method().cliName());
        p.put("fieldwork_start", params.fieldworkStart().toString());
        p.put("pdu", params.pdu());
        p.put("seed", params.seed());
        p.put("from", params.window().from().toString());
        p.put("to", params.window().to().toString());
        p.put("first_candidate_week", weekly ? params.firstWeek() : null);
        p.put("last_candidate_week", weekly ? params.lastWeek() : null);
        p.put("allow_adjacent_weeks", params.allowAdjacentWeeks());
        p.put("target_size", params.target());
        p.put("size_rule", params.sizeRule().label());
        // the N of the sizing formula's finite-population correction: the eligible cases of the window
        p.put("sizing_population", params.sizingPopulation());
        p.put("confidence", params.confidence());
        p.put("margin", params.margin());
        p.put("top_up", params.topUp());
        p.put("min_female", params.minimum(Quota.FEMALE));
        p.put("min_ethnic_minority", params.minimum(Quota.ETHNIC_MINORITY));
        p.put("min_high_rosh", params.minimum(Quota.HIGH_ROSH));
        p.put("max_per_practitioner", params.maxPerPractitioner());
        p.put("reserves", reservesWanted);
        p.put("minimum_delivery_days",
                params.method().minimumDeliveryDays() > 0 ? params.method().minimumDeliveryDays() : null);
        p.put("sub_samples", new LinkedHashMap<>(params.subSamples()));
        return p;
    }

    private static SampleReport.Practitioners practitioners(List<CaseRecord> eligible, List<CaseRecord> selected) {
        Set<String> eligibleDistinct = new HashSet<>();
        eligible.stream().filter(CaseRecord::hasPractitioner).forEach(c -> eligibleDistinct.add(c.practitionerId()));
        Map<String, Integer> perPractitioner = new HashMap<>();
        selected.stream().filter(CaseRecord::hasPractitioner)
                .forEach(c -> perPractitioner.merge(c.practitionerId(), 1, Integer::sum));
        int max = perPractitioner.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new SampleReport.Practitioners(eligibleDistinct.size(), perPractitioner.size(), max);
    }
}
