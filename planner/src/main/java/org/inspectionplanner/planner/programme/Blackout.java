package org.inspectionplanner.planner.programme;

/** A horizon week in which no fieldwork may take place (from calendar.csv). */
public record Blackout(Week week, String reason) {

    public int weekIndex() {
        return week.index();
    }
}
