package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An interview slot: one start time on one fieldwork day. Identity equality on purpose: the
 * solver compares slots millions of times and each problem builds each slot once.
 */
public final class Slot {
    private final int index;
    private final int dayIndex;
    private final LocalDate day;
    private final LocalTime time;

    public Slot(int index, int dayIndex, LocalDate day, LocalTime time) {
        this.index = index;
        this.dayIndex = dayIndex;
        this.day = day;
        this.time = time;
    }

    public int getIndex() {
        return index;
    }

    /** 0 for the first fieldwork day. */
    public int getDayIndex() {
        return dayIndex;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getTime() {
        return time;
    }

    @Override
    public String toString() {
        return day + " " + time;
    }
}
