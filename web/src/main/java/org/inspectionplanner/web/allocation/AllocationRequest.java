package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** {@code POST /api/allocations}: allocate a finished sample's cases to a roster's inspectors. */
@Schema(description = "Allocate a finished sample's cases to the inspectors of a roster.")
public record AllocationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A sample whose status is DONE.")
        @NotNull @Positive Long sampleId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "An INSPECTORS dataset.")
        @NotNull @Positive Long rosterDatasetId,
        @Schema(description = "First fieldwork day, a Monday; default the sample's fieldwork start.")
        LocalDate fieldworkStart,
        @Schema(description = "Fieldwork days, weekends skipped; default 4.") @Min(1) @Max(5) Integer days,
        @Schema(description = "Interview slot start times each day, e.g. [\"09:30\", \"14:00\"].")
        @Size(min = 1, max = 12) List<@NotNull LocalTime> slotTimes) {

    /** A stored job's request (whatever it was stored with: unknown fields of older versions are skipped). */
    public static AllocationRequest ofStored(ObjectMapper json, String requestJson) {
        try {
            return json.readerFor(AllocationRequest.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(requestJson == null ? "{}" : requestJson);
        } catch (IOException e) {
            return new AllocationRequest(null, null, null, null, null);
        }
    }
}
