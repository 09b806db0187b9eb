package org.inspectionplanner.web.sample;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;

/**
 * A sampling method's options, as the API takes them (docs/sampling.md); each may be left out for
 * the method's default. The sampler checks how they combine (confidence with margin, say).
 */
@Schema(description = "Options of the sampling method; leave any out for the method's default.")
public record SampleOptions(
        @Schema(description = "Random seed; one is chosen and recorded if absent.") Long seed,
        @Positive Integer targetSize,
        Boolean topUp,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double confidence,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double margin,
        @PositiveOrZero Integer minFemale,
        @PositiveOrZero Integer minEthnicMinority,
        @PositiveOrZero Integer minHighRosh,
        @Positive Integer maxPerPractitioner,
        @PositiveOrZero Integer reserves,
        Boolean allowAdjacentWeeks,
        @Schema(description = "Start-date window, first day (stratified-shortlist).") LocalDate from,
        @Schema(description = "Start-date window, last day.") LocalDate to,
        @Schema(description = "Nested sub-samples by name, e.g. {\"INTERVIEWS\": 40}.") Map<String, @Positive Integer> subSamples) {

    public static final SampleOptions NONE = new SampleOptions(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
}
