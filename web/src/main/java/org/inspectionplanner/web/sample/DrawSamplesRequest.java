package org.inspectionplanner.web.sample;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/schedules/{id}/samples}: draw one sample per PDU of each scheduled inspection
 * (or of the inspections named, to re-draw moved or pinned ones) from a caseload dataset.
 */
@Schema(description = "Draw the samples a finished schedule plans.")
public record DrawSamplesRequest(
        @Schema(description = "The caseload dataset to draw from.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Positive Long datasetId,
        @Schema(description = "pdu-cohort, quality-impact, omi2, rosh-thematic or stratified-shortlist (or the enum name).",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "pdu-cohort")
        @NotBlank @Size(max = 40) String method,
        @Schema(description = "Only these inspections (e.g. moved or pinned ones to re-draw); all scheduled ones if absent.")
        List<@NotBlank @Size(max = 100) String> inspectionIds,
        @Valid SampleOptions options) {
}
