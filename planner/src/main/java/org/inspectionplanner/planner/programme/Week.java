package org.inspectionplanner.planner.programme;

import java.time.LocalDate;

/**
 * A fieldwork week, numbered from the horizon's first Monday (index 0). Indices outside the
 * horizon only occur for announced or pinned starts that the solver never moves.
 */
public record Week(int index, LocalDate monday) {

    /** The Friday of this week: the last fieldwork day. */
    public LocalDate friday() {
        return monday.plusDays(4);
    }

    @Override
    public String toString() {
        return monday.toString();
    }
}
