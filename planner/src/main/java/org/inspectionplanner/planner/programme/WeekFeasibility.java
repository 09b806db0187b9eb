package org.inspectionplanner.planner.programme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;

/**
 * The hard rules checked week by week against a fixed set of placed inspections: which rules would
 * a start week break for one more inspection? Used for the reasons of unscheduled inspections, the
 * greedy baseline and the final top-up of free weeks. Mirrors the hard constraints of
 * {@link ProgrammeConstraintProvider} (announced inspections are always placed, so that rule never blocks).
 */
final class WeekFeasibility {

    private final ProgrammeSchedule schedule;
    private final int horizon;
    private final Map<Inspectorate, int[]> staff = new EnumMap<>(Inspectorate.class);
    private final Map<Inspectorate, int[]> load = new EnumMap<>(Inspectorate.class);
    private final Set<Integer> blackoutWeeks = new HashSet<>();
    private final List<ScheduledInspection> placed = new ArrayList<>();
    private final Map<String, List<ScheduledInspection>> placedByArea = new java.util.HashMap<>();

    WeekFeasibility(ProgrammeSchedule schedule) {
        this.schedule = schedule;
        this.horizon = schedule.getWeeks().size();
        for (Inspectorate inspectorate : Inspectorate.values()) {
            staff.put(inspectorate, new int[horizon]);
            load.put(inspectorate, new int[horizon]);
        }
        for (WeekCapacity c : schedule.getCapacities()) {
            staff.get(c.inspectorate())[c.weekIndex()] = c.staff();
        }
        for (Blackout b : schedule.getBlackouts()) {
            blackoutWeeks.add(b.weekIndex());
        }
    }

    /** A checker loaded with every scheduled inspection of the schedule. */
    static WeekFeasibility of(ProgrammeSchedule schedule) {
        WeekFeasibility f = new WeekFeasibility(schedule);
        for (ScheduledInspection i : schedule.getInspections()) {
            if (i.isScheduled()) {
                f.place(i);
            }
        }
        return f;
    }

    void place(ScheduledInspection i) {
        placed.add(i);
        if (i.getArea() != null) {
            placedByArea.computeIfAbsent(i.getArea(), a -> new ArrayList<>()).add(i);
        }
        for (WeekDemand d : i.demands()) {
            load.get(d.inspectorate())[d.week()] += d.staff();
        }
    }

    void remove(ScheduledInspection i) {
        if (placed.remove(i)) {
            if (i.getArea() != null) {
                placedByArea.get(i.getArea()).remove(i);
            }
            for (WeekDemand d : i.demands()) {
                load.get(d.inspectorate())[d.week()] -= d.staff();
            }
        }
    }

    /** The rules that starting {@code candidate} in week {@code start} would break; empty if the week is free. */
    Set<UnscheduledReason> blockers(ScheduledInspection candidate, int start) {
        Set<UnscheduledReason> reasons = EnumSet.noneOf(UnscheduledReason.class);
        int last = start + candidate.getFieldworkWeeks() - 1;
        if (start < candidate.getWindowFirstWeek() || last > candidate.getWindowLastWeek() || start < 0) {
            reasons.add(UnscheduledReason.WINDOW);
        }
        if (!candidate.isPinned() && start < candidate.getNoticeFirstWeek()) {
            reasons.add(UnscheduledReason.NOTICE);
        }
        for (int w = start; w <= last; w++) {
            if (blackoutWeeks.contains(w)) {
                reasons.add(UnscheduledReason.BLACKOUT);
            }
            if (w < 0 || w >= horizon) {
                continue;
            }
            for (Map.Entry<Inspectorate, Integer> e : candidate.getInspection().demand().entrySet()) {
                int wanted = e.getValue() == null ? 0 : e.getValue();
                if (wanted > 0 && load.get(e.getKey())[w] + wanted > staff.get(e.getKey())[w]) {
                    reasons.add(UnscheduledReason.CAPACITY);
                }
            }
        }
        if (candidate.getArea() != null) {
            if (!areaConflicts(candidate, start).isEmpty()) {
                reasons.add(UnscheduledReason.AREA_GAP);
            }
        }
        return reasons;
    }

    /** Whether a start in this week breaks no hard rule: {@link #blockers} is empty, without building it. */
    boolean isFree(ScheduledInspection candidate, int start) {
        int last = start + candidate.getFieldworkWeeks() - 1;
        if (start < 0 || start < candidate.getWindowFirstWeek() || last > candidate.getWindowLastWeek()
                || (!candidate.isPinned() && start < candidate.getNoticeFirstWeek())) {
            return false;
        }
        for (int w = start; w <= last; w++) {
            if (blackoutWeeks.contains(w)) {
                return false;
            }
            if (w >= horizon) {
                continue;
            }
            for (Map.Entry<Inspectorate, Integer> e : candidate.getInspection().demand().entrySet()) {
                int wanted = e.getValue() == null ? 0 : e.getValue();
                if (wanted > 0 && load.get(e.getKey())[w] + wanted > staff.get(e.getKey())[w]) {
                    return false;
                }
            }
        }
        if (candidate.getArea() != null) {
            int gap = schedule.getAreaRules().gapWeeks();
            for (ScheduledInspection other : placedByArea.getOrDefault(candidate.getArea(), List.of())) {
                if (other != candidate && ((start <= other.lastWeekIndex() && other.startIndex() <= last)
                        || Math.abs(start - other.startIndex()) < gap)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Placed inspections of the candidate's area that a start in this week would clash with. */
    List<ScheduledInspection> areaConflicts(ScheduledInspection candidate, int start) {
        int gap = schedule.getAreaRules().gapWeeks();
        List<ScheduledInspection> clashes = new ArrayList<>();
        if (candidate.getArea() == null) {
            return clashes;
        }
        int last = start + candidate.getFieldworkWeeks() - 1;
        for (ScheduledInspection other : placedByArea.getOrDefault(candidate.getArea(), List.of())) {
            if (other != candidate) {
                boolean overlap = start <= other.lastWeekIndex() && other.startIndex() <= last;
                if (overlap || Math.abs(start - other.startIndex()) < gap) {
                    clashes.add(other);
                }
            }
        }
        return clashes;
    }

    /** Inspectorates short of staff for the candidate in some week of a start here. */
    Set<Inspectorate> shortInspectorates(ScheduledInspection candidate, int start) {
        Set<Inspectorate> shorts = EnumSet.noneOf(Inspectorate.class);
        for (int w = Math.max(0, start); w < Math.min(horizon, start + candidate.getFieldworkWeeks()); w++) {
            for (Map.Entry<Inspectorate, Integer> e : candidate.getInspection().demand().entrySet()) {
                int wanted = e.getValue() == null ? 0 : e.getValue();
                if (wanted > 0 && load.get(e.getKey())[w] + wanted > staff.get(e.getKey())[w]) {
                    shorts.add(e.getKey());
                }
            }
        }
        return shorts;
    }

    /** The earliest free start week in the horizon, or -1. */
    int earliestFreeWeek(ScheduledInspection candidate) {
        for (int s = 0; s < horizon; s++) {
            if (isFree(candidate, s)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * The free start week whose fieldwork leaves the highest weekly utilisation among the
     * inspectorates it needs lowest (ties: the earlier week), or -1: the packing rule of the warm start.
     */
    int leastLoadedFreeWeek(ScheduledInspection candidate) {
        int best = -1;
        double bestPeak = Double.MAX_VALUE;
        for (int s = 0; s < horizon; s++) {
            if (!isFree(candidate, s)) {
                continue;
            }
            double peak = 0;
            for (int w = s; w < Math.min(horizon, s + candidate.getFieldworkWeeks()); w++) {
                for (Map.Entry<Inspectorate, Integer> e : candidate.getInspection().demand().entrySet()) {
                    int available = staff.get(e.getKey())[w];
                    if (available > 0 && e.getValue() != null) {
                        peak = Math.max(peak, (load.get(e.getKey())[w] + e.getValue()) / (double) available);
                    }
                }
            }
            if (peak < bestPeak - 1e-9) {
                bestPeak = peak;
                best = s;
            }
        }
        return best;
    }

    int horizon() {
        return horizon;
    }
}
