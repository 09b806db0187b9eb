package org.inspectionplanner.data.programme;

import java.time.LocalDate;
import org.inspectionplanner.data.Inspectorate;

/** Staff of one inspectorate available for fieldwork in the week starting {@code weekStart} (a Monday). */
public record StaffCapacity(Inspectorate inspectorate, LocalDate weekStart, int staff) {
}
