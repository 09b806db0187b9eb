package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A row of a previous plan ({@code allocation.csv}). {@code inspectorId} is null for a case the plan
 * left unassigned; {@code interviewDate}/{@code interviewTime} are null without an interview.
 * A pinned row must stay as it is; the others are the plan to disturb as little as possible.
 */
public record PreviousAssignment(String caseId, String inspectorId, LocalDate interviewDate, LocalTime interviewTime,
        boolean pinned) {
}
