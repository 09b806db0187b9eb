package org.inspectionplanner.planner.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline the solver is measured against, and its warm start: pinned inspections stay where
 * they are; the others, by priority then window end, each go to their earliest week that breaks no
 * hard rule given those already placed, or stay unscheduled. A hard alignment (align_with) counts as
 * such a rule: the first of a pair goes only where its partner still has a free aligned week, and the
 * partner is placed right after it.
 */
public final class GreedyScheduler {

    private GreedyScheduler() {
    }

    /** Assigns start weeks in place (pinned inspections untouched); returns the number left unscheduled. */
    public static int schedule(ProgrammeSchedule schedule) {
        WeekFeasibility feasibility = new WeekFeasibility(schedule);
        List<ScheduledInspection> free = new ArrayList<>();
        for (ScheduledInspection i : schedule.getInspections()) {
            if (i.isPinned()) {
                if (i.isScheduled()) {
                    feasibility.place(i);
                }
            } else {
                i.setStart(null);
                free.add(i);
            }
        }
        free.sort(Comparator.comparingInt(ScheduledInspection::getPriority)
                .thenComparingInt(ScheduledInspection::getWindowLastWeek)
                .thenComparing(ScheduledInspection::getId));
        for (ScheduledInspection i : free) {
            if (i.isScheduled()) {
                continue; // placed beside the inspection it aligns with
            }
            int week = feasibility.earliestFreeWeek(i);
            if (week >= 0) {
                i.setStart(schedule.getWeeks().get(week));
                feasibility.place(i);
                feasibility.placePartners(i, feasibility::earliestFreeWeek);
            }
        }
        return (int) free.stream().filter(i -> !i.isScheduled()).count();
    }

    /**
     * The solver's warm start: the biggest inspections (staff x weeks) first, the narrowest windows
     * next, each where it leaves the lowest peak utilisation; then whichever of this and
     * {@link #schedule} leaves the lower medium score. Assigns in place; returns the number unscheduled.
     */
    public static int warmStart(ProgrammeSchedule schedule) {
        int packedLoss = pack(schedule);
        List<Week> packed = schedule.getInspections().stream().map(ScheduledInspection::getStart).toList();
        schedule(schedule);
        int earliestLoss = mediumLoss(schedule);
        if (packedLoss <= earliestLoss) {
            List<ScheduledInspection> all = schedule.getInspections();
            for (int k = 0; k < all.size(); k++) {
                all.get(k).setStart(packed.get(k));
            }
        }
        return (int) schedule.getInspections().stream().filter(i -> !i.isScheduled()).count();
    }

    private static int mediumLoss(ProgrammeSchedule schedule) {
        return schedule.getInspections().stream().filter(i -> !i.isScheduled())
                .mapToInt(ScheduledInspection::importance).sum();
    }

    private static int pack(ProgrammeSchedule schedule) {
        WeekFeasibility feasibility = new WeekFeasibility(schedule);
        List<ScheduledInspection> free = new ArrayList<>();
        for (ScheduledInspection i : schedule.getInspections()) {
            if (i.isPinned()) {
                if (i.isScheduled()) {
                    feasibility.place(i);
                }
            } else {
                i.setStart(null);
                free.add(i);
            }
        }
        free.sort(new InspectionDifficulty().reversed());
        for (ScheduledInspection i : free) {
            if (i.isScheduled()) {
                continue;
            }
            int week = feasibility.leastLoadedFreeWeek(i);
            if (week >= 0) {
                i.setStart(schedule.getWeeks().get(week));
                feasibility.place(i);
                feasibility.placePartners(i, feasibility::leastLoadedFreeWeek);
            }
        }
        return mediumLoss(schedule);
    }

    /**
     * Places unscheduled, unpinned inspections into weeks that are still free, earliest first.
     * This only ever improves the score: no hard rule breaks and the medium score rises.
     * Returns how many were placed.
     */
    public static int topUp(ProgrammeSchedule schedule) {
        WeekFeasibility feasibility = WeekFeasibility.of(schedule);
        List<ScheduledInspection> open = new ArrayList<>(schedule.getInspections().stream()
                .filter(i -> !i.isScheduled() && !i.isPinned()).toList());
        open.sort(Comparator.comparingInt(ScheduledInspection::getPriority)
                .thenComparingInt(ScheduledInspection::getWindowLastWeek));
        for (ScheduledInspection i : open) {
            if (i.isScheduled()) {
                continue;
            }
            int week = feasibility.earliestFreeWeek(i);
            if (week >= 0) {
                i.setStart(schedule.getWeeks().get(week));
                feasibility.place(i);
                feasibility.placePartners(i, feasibility::earliestFreeWeek);
            }
        }
        return (int) open.stream().filter(ScheduledInspection::isScheduled).count();
    }
}
