package org.inspectionplanner.web.sample;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code POST /api/samples}: draw a sample from a caseload dataset by a method (docs/sampling.md).
 * The body is read as the sampler's own typed record ({@code SampleRequest}, strictly: an unknown
 * field is a 400) beside {@code datasetId}; this record describes that body in /v3/api-docs, and
 * ModuleCaseSampler checks these constraints ({@code CreateSampleRequestTest} keeps the two in step).
 */
@Schema(description = "Draw a sample from a caseload dataset.")
public record CreateSampleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A CASELOAD dataset (SampleService checks it is there).")
        @Positive Long datasetId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pdu-cohort",
                description = "pdu-cohort, quality-impact, omi2, rosh-thematic or stratified-shortlist (or the enum name).")
        @NotBlank @Size(max = 40) String method,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "First day of fieldwork, a Monday.")
        @NotNull LocalDate fieldworkStart,
        @Schema(description = "Restrict to one PDU.") @Size(max = 200) String pdu,
        Long seed,
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
        LocalDate from,
        LocalDate to,
        Map<String, @Positive Integer> subSamples) {
}
