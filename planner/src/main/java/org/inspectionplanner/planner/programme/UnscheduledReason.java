package org.inspectionplanner.planner.programme;

/** Why no week could take an unscheduled inspection; the codes of schedule.csv's reason column. */
public enum UnscheduledReason {
    /** Some inspectorate has too few staff left in a fieldwork week. */
    CAPACITY,
    /** No start week puts the fieldwork inside [earliest_start, latest_end] and the horizon. */
    WINDOW,
    /** A fieldwork week falls in a blackout week. */
    BLACKOUT,
    /** Another inspection of the same area overlaps or starts within the area gap. */
    AREA_GAP,
    /** The start is before plan date + notice weeks. */
    NOTICE,
    /** The start misses a hard alignment with a scheduled linked inspection (align_with). */
    ALIGNMENT
}
