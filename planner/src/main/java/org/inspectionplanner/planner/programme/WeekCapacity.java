package org.inspectionplanner.planner.programme;

import org.inspectionplanner.data.Inspectorate;

/**
 * Staff of one inspectorate available for fieldwork in one horizon week. The problem holds one for
 * every inspectorate and week of the horizon; a week missing from capacity.csv has 0 staff.
 */
public record WeekCapacity(Inspectorate inspectorate, Week week, int staff) {

    public int weekIndex() {
        return week.index();
    }
}
