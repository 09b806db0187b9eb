package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter of one sampling run, as given; {@code null} means "the method's default".
 * {@link #validate()} rejects contradictory or out-of-range values with an IllegalArgumentException
 * (a usage error, exit 2).
 */
public record SampleRequest(
        SamplingMethod method,
        LocalDate fieldworkStart,
        String pdu,
        Long seed,
        Integer targetSize,
        boolean topUp,
        Double confidence,
        Double margin,
        Integer minFemale,
        Integer minEthnicMinority,
        Integer minHighRosh,
        Integer maxPerPractitioner,
        Integer reserves,
        boolean allowAdjacentWeeks,
        LocalDate from,
        LocalDate to,
        Map<String, Integer> subSamples) {

    public SampleRequest {
        subSamples = subSamples == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subSamples));
    }

    public static Builder builder(SamplingMethod method, LocalDate fieldworkStart) {
        return new Builder(method, fieldworkStart);
    }

    /** The same request for another PDU and fieldwork start (one line of a fieldwork plan). */
    public SampleRequest forPdu(String pduName, LocalDate start) {
        return new SampleRequest(method, start, pduName, seed, targetSize, topUp, confidence, margin, minFemale,
                minEthnicMinority, minHighRosh, maxPerPractitioner, reserves, allowAdjacentWeeks, from, to, subSamples);
    }

    public SampleRequest withSeed(long newSeed) {
        return new SampleRequest(method, fieldworkStart, pdu, newSeed, targetSize, topUp, confidence, margin, minFemale,
                minEthnicMinority, minHighRosh, maxPerPractitioner, reserves, allowAdjacentWeeks, from, to, subSamples);
    }

    public void validate() {
        if (method == null) {
            throw new IllegalArgumentException("--method is required");
        }
        CohortWeeks.requireMonday(fieldworkStart);
        if ((confidence == null) != (margin == null)) {
            throw new IllegalArgumentException("--confidence and --margin go together");
        }
        if (confidence != null && !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be between 0 and 1 (e.g. 0.95), got " + confidence);
        }
        if (margin != null && !(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("--margin must be between 0 and 1 (e.g. 0.05), got " + margin);
        }
        if (targetSize != null && confidence != null) {
            throw new IllegalArgumentException("give either --target-size or --confidence/--margin, not both");
        }
        positive(targetSize, "--target-size");
        positive(maxPerPractitioner, "--max-per-practitioner");
        nonNegative(minFemale, "--min-female");
        nonNegative(minEthnicMinority, "--min-ethnic-minority");
        nonNegative(minHighRosh, "--min-high-rosh");
        nonNegative(reserves, "--reserves");
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("--from and --to go together");
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (to != null && to.isAfter(fieldworkStart)) {
            throw new IllegalArgumentException("--to " + to + " is after --fieldwork-start " + fieldworkStart
                    + ": a case starting after fieldwork begins has not started when the inspectors arrive");
        }
        if (method == SamplingMethod.STRATIFIED_SHORTLIST && from == null) {
            throw new IllegalArgumentException("stratified-shortlist needs a start-date range: --from DATE --to DATE");
        }
        if (maxPerPractitioner != null && !method.practitionerCapApplies()) {
            throw new IllegalArgumentException(method.cliName()
                    + " takes every eligible case, so --max-per-practitioner does not apply to it");
        }
        if (topUp && targetSize == null) {
            throw new IllegalArgumentException("--top-up needs --target-size");
        }
        subSamples.forEach((name, n) -> {
            if (name == null || !name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("sub-sample name '" + name + "' must be letters, digits or _");
            }
            if (n == null || n < 0) {
                throw new IllegalArgumentException("sub-sample " + name + " needs a size of 0 or more");
            }
        });
    }

    private static void positive(Integer v, String option) {
        if (v != null && v < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + v);
        }
    }

    private static void nonNegative(Integer v, String option) {
        if (v != null && v < 0) {
            throw new IllegalArgumentException(option + " must be 0 or more, got " + v);
        }
    }

    /** A fluent way to build a request; unset values keep the method's defaults. */
    public static final class Builder {
        private final SamplingMethod method;
        private final LocalDate fieldworkStart;
        private String pdu;
        private Long seed;
        private Integer targetSize;
        private boolean topUp;
        private Double confidence;
        private Double margin;
        private Integer minFemale;
        private Integer minEthnicMinority;
        private Integer minHighRosh;
        private Integer maxPerPractitioner;
        private Integer reserves;
        private boolean allowAdjacentWeeks;
        private LocalDate from;
        private LocalDate to;
        private final Map<String, Integer> subSamples = new LinkedHashMap<>();

        private Builder(SamplingMethod method, LocalDate fieldworkStart) {
            this.method = method;
            this.fieldworkStart = fieldworkStart;
        }

        public Builder pdu(String v) { pdu = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder targetSize(Integer v) { targetSize = v; return this; }
        public Builder topUp(boolean v) { topUp = v; return this; }
        public Builder confidence(Double c, Double m) { confidence = c; margin = m; return this; }
        public Builder minFemale(Integer v) { minFemale = v; return this; }
        public Builder minEthnicMinority(Integer v) { minEthnicMinority = v; return this; }
        public Builder minHighRosh(Integer v) { minHighRosh = v; return this; }
        public Builder maxPerPractitioner(Integer v) { maxPerPractitioner = v; return this; }
        public Builder reserves(Integer v) { reserves = v; return this; }
        public Builder allowAdjacentWeeks(boolean v) { allowAdjacentWeeks = v; return this; }
        public Builder window(LocalDate f, LocalDate t) { from = f; to = t; return this; }
        public Builder subSample(String name, int n) { subSamples.put(name, n); return this; }

        /** Sets every minimum to 0 (handy when a test or a user wants no quotas). */
        public Builder noQuotas() { minFemale = 0; minEthnicMinority = 0; minHighRosh = 0; return this; }

        public SampleRequest build() {
            return new SampleRequest(method, fieldworkStart, pdu, seed, targetSize, topUp, confidence, margin,
                    minFemale, minEthnicMinority, minHighRosh, maxPerPractitioner, reserves, allowAdjacentWeeks,
                    from, to, subSamples);
        }
    }
}
