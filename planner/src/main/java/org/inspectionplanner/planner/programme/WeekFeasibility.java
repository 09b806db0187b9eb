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
    private final Set<ScheduledInspection> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<String, List<ScheduledInspection>> placedByArea = new java.util.HashMap<>();
    /** Per inspection, the inspections it is hard-aligned with, either way (its align_with and those naming it). */
    private final Map<ScheduledInspection, List<ScheduledInspection>> hardPartners = new java.util.IdentityHashMap<>();

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
        Map<String, ScheduledInspection> byId = new java.util.HashMap<>();
        schedule.getInspections().forEach(i -> byId.put(i.getId(), i));
        for (ScheduledInspection i : schedule.getInspections()) {
            ScheduledInspection linked = i.getAlignment() == null || !i.getAlignment().hard() ? null
                    : byId.get(i.getAlignment().withInspectionId());
            if (linked != null && linked != i) {
                hardPartners.computeIfAbsent(i, k -> new ArrayList<>()).add(linked);
                hardPartners.computeIfAbsent(linked, k -> new ArrayList<>()).add(i);
            }
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
        if (!placed.add(i)) {
            return;
        }
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
        if (!misaligned(candidate, start).isEmpty()) {
            reasons.add(UnscheduledReason.ALIGNMENT);
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
        for (ScheduledInspection partner : hardPartners.getOrDefault(candidate, List.of())) {
            if (partner.isScheduled() && placed.contains(partner) && missesAlignment(candidate, start, partner, partner.startIndex())) {
                return false;
            }
        }
        return true;
    }

    /** Placed inspections hard-aligned with the candidate (either way) whose alignment a start here would miss. */
    List<ScheduledInspection> misaligned(ScheduledInspection candidate, int start) {
        List<ScheduledInspection> out = new ArrayList<>();
        for (ScheduledInspection partner : hardPartners.getOrDefault(candidate, List.of())) {
            if (partner.isScheduled() && placed.contains(partner) && missesAlignment(candidate, start, partner, partner.startIndex())) {
                out.add(partner);
            }
        }
        return out;
    }

    /** Whether {@code a} starting at {@code s} and {@code b} at {@code t} miss the alignment either names. */
    private static boolean missesAlignment(ScheduledInspection a, int s, ScheduledInspection b, int t) {
        boolean aNamesB = a.getAlignment() != null && a.getAlignment().hard() && a.getAlignment().withInspectionId().equals(b.getId());
        boolean bNamesA = b.getAlignment() != null && b.getAlignment().hard() && b.getAlignment().withInspectionId().equals(a.getId());
        return (aNamesB && a.getAlignment().weeksMissed(s, a.getFieldworkWeeks(), t, b.getFieldworkWeeks()) > 0)
                || (bNamesA && b.getAlignment().weeksMissed(t, b.getFieldworkWeeks(), s, a.getFieldworkWeeks()) > 0);
    }

    /** The unplaced, unpinned inspections hard-aligned with this one: the warm start places them right after it. */
    List<ScheduledInspection> waitingPartners(ScheduledInspection i) {
        List<ScheduledInspection> out = new ArrayList<>();
        for (ScheduledInspection p : hardPartners.getOrDefault(i, List.of())) {
            if (!p.isScheduled() && !p.isPinned()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether a start here is free and leaves each waiting hard-aligned partner that has a free week now a
     * free aligned week too: a construction that placed the first of a pair anywhere would strand the other.
     */
    boolean isFreeKeepingPartners(ScheduledInspection candidate, int start) {
        if (!isFree(candidate, start)) {
            return false;
        }
        List<ScheduledInspection> waiting = waitingPartners(candidate);
        if (waiting.isEmpty()) {
            return true;
        }
        List<ScheduledInspection> placeable = waiting.stream().filter(p -> firstFree(p) >= 0).toList();
        if (placeable.isEmpty()) {
            return true;
        }
        Week week = start >= 0 && start < horizon ? schedule.getWeeks().get(start) : new Week(start, null);
        Week before = candidate.getStart();
        candidate.setStart(week);
        place(candidate);
        try {
            return placeable.stream().allMatch(p -> firstFree(p) >= 0);
        } finally {
            remove(candidate);
            candidate.setStart(before);
        }
    }

    private int firstFree(ScheduledInspection candidate) {
        for (Week w : candidate.getPossibleStarts()) {
            if (isFree(candidate, w.index())) {
                return w.index();
            }
        }
        return -1;
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

    /** The earliest free start week in the horizon (that keeps a week for its waiting partners), or -1. */
    int earliestFreeWeek(ScheduledInspection candidate) {
        for (Week w : candidate.getPossibleStarts()) {
            if (isFreeKeepingPartners(candidate, w.index())) {
                return w.index();
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
        for (Week start : candidate.getPossibleStarts()) { // the others break its window, notice or a blackout
            int s = start.index();
            if (!isFreeKeepingPartners(candidate, s)) {
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

    /**
     * Places the unplaced hard-aligned partners of a just-placed inspection right away, each at the week
     * {@code chooser} picks (when it finds one), so that no other inspection takes their aligned weeks first.
     */
    void placePartners(ScheduledInspection placedOne, java.util.function.ToIntFunction<ScheduledInspection> chooser) {
        for (ScheduledInspection partner : waitingPartners(placedOne)) {
            if (partner.isScheduled()) {
                continue; // placed as a partner's partner meanwhile
            }
            int week = chooser.applyAsInt(partner);
            if (week >= 0) {
                partner.setStart(schedule.getWeeks().get(week));
                place(partner);
                placePartners(partner, chooser);
            }
        }
    }
}
