package org.inspectionplanner.planner.programme;

import java.time.LocalDate;

/**
 * One row of a previous schedule: where an inspection was planned (null if it was unscheduled) and
 * whether the programme manager pinned it there. Pinned rows with a start never move; the others
 * start from their previous week and are moved as little as possible (the stability rule).
 */
public record PreviousStart(String inspectionId, LocalDate fieldworkStart, boolean pinned) {
}
