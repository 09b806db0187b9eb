package org.inspectionplanner.sampler.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Everything report.json says about one sampling run. Records serialise to the fixed snake_case
 * contract of docs/sampling.md; dates are ISO strings so no mapper configuration can change them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"method", "parameters", "seed", "rng", "input", "fieldwork_start", "window", "candidate_weeks",
        "candidate_pairs", "chosen_weeks", "counts", "quotas", "deviation_summary", "deviations", "composition", "practitioners", "precision",
        "sub_samples", "establishments", "warnings"})
public record SampleReport(
        String method,
        Map<String, Object> parameters,
        long seed,
        String rng,
        Input input,
        String fieldworkStart,
        Window window,
        List<CandidateWeek> candidateWeeks,
        List<CandidatePair> candidatePairs,
        List<Integer> chosenWeeks,
        Counts counts,
        List<QuotaResult> quotas,
        String deviationSummary,
        List<Deviation> deviations,
        Map<String, Map<String, Share>> composition,
        Practitioners practitioners,
        PrecisionSummary precision,
        Map<String, SubSampleSummary> subSamples,
        List<Establishment> establishments,
        List<String> warnings) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"file", "sha256", "rows"})
    public record Input(String file, String sha256, int rows) {
    }

    @JsonPropertyOrder({"from", "to"})
    public record Window(String from, String to) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"week", "start", "eligible", "female", "ethnic_minority", "high_rosh"})
    public record CandidateWeek(int week, String start, int eligible, int female, int ethnicMinority, int highRosh) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"weeks", "eligible", "shortfall", "distance_to_target", "chosen"})
    public record CandidatePair(List<Integer> weeks, int eligible, int shortfall, Integer distanceToTarget,
            boolean chosen) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"rows", "in_window", "eligible", "excluded", "selected", "boosted", "reserves"})
    public record Counts(int rows, int inWindow, int eligible, Map<String, Integer> excluded, int selected,
            int boosted, int reserves) {
    }

    /**
     * One quota: its minimum and what the sample achieved. When unmet, {@code cause} says which rule
     * stopped it: WINDOW (too few eligible cases), PRACTITIONER_CAP or TARGET; {@code reason} in words.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "minimum", "achieved", "met", "available", "cause", "reason"})
    public record QuotaResult(String name, int minimum, int achieved, boolean met, int available, String cause,
            String reason) {
    }

    /**
     * A departure from the method's own selection: a case ADDED (rules BOOST_FEMALE,
     * BOOST_ETHNIC_MINORITY, BOOST_HIGH_ROSH, TOP_UP) or MOVED_TO_RESERVES (PRACTITIONER_CAP, TARGET).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"case_id", "change", "rules"})
    public record Deviation(String caseId, String change, List<String> rules) {
        public Deviation {
            rules = List.copyOf(rules);
        }
    }

    @JsonPropertyOrder({"eligible", "sample"})
    public record Share(int eligible, int sample) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"eligible_distinct", "sample_distinct", "max_cases_one_practitioner"})
    public record Practitioners(int eligibleDistinct, int sampleDistinct, int maxCasesOnePractitioner) {
    }

    /**
     * What a sample of n cases can say about a share (the PDU's result on a question): Wilson score
     * intervals, corrected for a finite population only when the sample is a random draw from a listed
     * one ({@code population} is then its N, else null); {@code basis} says which in words. The margins
     * are the 80% and 95% half-widths at a result of 50%.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"n", "population", "finite_population_correction", "interval_method", "basis", "margin_80",
            "margin_95", "intervals", "distinguishable_bands", "statement"})
    public record PrecisionSummary(int n, Integer population, boolean finitePopulationCorrection,
            String intervalMethod, String basis, @JsonProperty("margin_80") double margin80,
            @JsonProperty("margin_95") double margin95, List<ShareInterval> intervals,
            List<BandBoundary> distinguishableBands, String statement) {
    }

    /** The interval around a result {@code share} at a confidence level. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"share", "confidence", "lower", "upper"})
    public record ShareInterval(double share, double confidence, double lower, double upper) {
    }

    /**
     * One rating threshold: a result at or below {@code clearlyBelow} (or at or above {@code clearlyAbove})
     * is on that side of the threshold at 95% confidence (null when no result of the sample is);
     * {@code bandsDistinguishable} says whether a result in the middle of each neighbouring band would be;
     * {@code statement} says it in words.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"threshold", "between", "clearly_below", "clearly_above", "bands_distinguishable",
            "statement"})
    public record BandBoundary(double threshold, String between, Double clearlyBelow, Double clearlyAbove,
            boolean bandsDistinguishable, String statement) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"requested", "drawn", "by_office"})
    public record SubSampleSummary(int requested, int drawn, Map<String, Integer> byOffice) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"rank", "establishment", "cases"})
    public record Establishment(int rank, String establishment, int cases) {
    }
}
