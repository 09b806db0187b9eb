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
        "candidate_pairs", "chosen_weeks", "counts", "quotas", "composition", "practitioners", "precision",
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

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"name", "minimum", "achieved", "met", "available", "reason"})
    public record QuotaResult(String name, int minimum, int achieved, boolean met, int available, String reason) {
    }

    @JsonPropertyOrder({"eligible", "sample"})
    public record Share(int eligible, int sample) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"eligible_distinct", "sample_distinct", "max_cases_one_practitioner"})
    public record Practitioners(int eligibleDistinct, int sampleDistinct, int maxCasesOnePractitioner) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"n", "population", "margin_80", "margin_95", "distinguishable_bands"})
    public record PrecisionSummary(int n, int population, @JsonProperty("margin_80") double margin80,
            @JsonProperty("margin_95") double margin95, List<BandBoundary> distinguishableBands) {
    }

    /**
     * One rating threshold: a result at or below {@code clearlyBelow} (or at or above {@code clearlyAbove})
     * is on that side of the threshold at 95% confidence; {@code bandsDistinguishable} says whether a
     * result in the middle of each neighbouring band would be.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"threshold", "between", "clearly_below", "clearly_above", "bands_distinguishable"})
    public record BandBoundary(double threshold, String between, double clearlyBelow, double clearlyAbove,
            boolean bandsDistinguishable) {
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
