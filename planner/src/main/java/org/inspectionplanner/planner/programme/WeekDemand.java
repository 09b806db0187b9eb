package org.inspectionplanner.planner.programme;

import org.inspectionplanner.data.Inspectorate;

/** Staff of one inspectorate that one inspection needs in one fieldwork week (by week index). */
public record WeekDemand(Inspectorate inspectorate, int week, int staff) {
}
