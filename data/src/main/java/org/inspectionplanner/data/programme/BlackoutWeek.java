package org.inspectionplanner.data.programme;

import java.time.LocalDate;

/** A week (starting on a Monday) in which no fieldwork may take place, e.g. Christmas. */
public record BlackoutWeek(LocalDate weekStart, String reason) {
}
