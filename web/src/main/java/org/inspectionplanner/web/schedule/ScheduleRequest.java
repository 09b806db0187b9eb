package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.io.IOException;
import java.time.LocalDate;

/** {@code POST /api/schedules}: schedule the joint inspection programme (docs/programme.md). */
@Schema(description = "Schedule the inspections over the horizon with the staff capacity and blackout weeks.")
public record ScheduleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "An INSPECTIONS dataset.")
        @NotNull @Positive Long inspectionsDatasetId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A CAPACITY dataset.")
        @NotNull @Positive Long capacityDatasetId,
        @Schema(description = "A CALENDAR dataset of blackout weeks; none if absent.") @Positive Long calendarDatasetId,
        @Schema(description = "First week of the horizon, a Monday; default the earliest window's.") LocalDate from,
        @Schema(description = "Last week of the horizon, a Monday; default 51 weeks after from.") LocalDate to,
        @Schema(description = "The day notice is counted from; default from.") LocalDate planDate,
        @Schema(description = "Weeks of notice before fieldwork; default 2.") @Min(0) @Max(52) Integer noticeWeeks,
        @Schema(description = "Weeks between two inspections of one area; default 12.") @Min(0) @Max(52) Integer areaGapWeeks) {

    /** A stored job's request (whatever it was stored with: unknown fields of older versions are skipped). */
    public static ScheduleRequest ofStored(ObjectMapper json, String requestJson) {
        try {
            return json.readerFor(ScheduleRequest.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(requestJson == null ? "{}" : requestJson);
        } catch (IOException e) {
            return new ScheduleRequest(null, null, null, null, null, null, null, null);
        }
    }
}
