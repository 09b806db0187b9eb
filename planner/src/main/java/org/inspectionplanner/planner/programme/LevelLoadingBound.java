package org.inspectionplanner.planner.programme;

import java.util.EnumMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.inspectionplanner.data.Inspectorate;

/**
 * The level-loading rule's penalty (per inspectorate and week with staff, 100 x demand^2 / staff, in
 * whole numbers) and a lower bound on it for any schedule that places every inspection and breaks no hard
 * rule. Such a schedule puts each inspectorate's whole demand D (staff x fieldwork weeks over its
 * inspections) into weeks with staff, so the penalty is at least the least sum of 100 d^2 / c over whole
 * weekly demands d adding up to D: the sum is convex in each d, so giving each next staff-week to the week
 * where it adds least finds that least sum. Each week's whole-number rounding can take off less than one
 * more. Pinned inspections stay where they are, and no other can use a blackout week or a week before the
 * first start any window and the notice allow; the bound ignores each inspection's own window and the areas,
 * so it is reached only where they allow an even spread.
 */
final class LevelLoadingBound {

    private LevelLoadingBound() {
    }

    /** The level-loading penalty of the schedule as it stands (weight 1). */
    static long penalty(ProgrammeSchedule schedule) {
        Map<Inspectorate, int[]> demand = new EnumMap<>(Inspectorate.class);
        int weeks = schedule.getWeeks().size();
        for (ScheduledInspection i : schedule.getInspections()) {
            for (WeekDemand d : i.demands()) {
                demand.computeIfAbsent(d.inspectorate(), k -> new int[weeks])[d.week()] += d.staff();
            }
        }
        long penalty = 0;
        for (WeekCapacity c : schedule.getCapacities()) {
            int[] d = demand.get(c.inspectorate());
            if (c.staff() > 0 && d != null && c.weekIndex() < weeks && d[c.weekIndex()] > 0) {
                long w = d[c.weekIndex()];
                penalty += 100L * w * w / c.staff();
            }
        }
        return penalty;
    }

    /**
     * A lower bound on {@link #penalty} over schedules that place every inspection and break no hard rule.
     * Pinned inspections' demand is where it is; the others' can only go into weeks that are no blackout and
     * no earlier than any of them may start (window and notice) nor later than any may end: each next
     * staff-week goes to such a week where it adds least, on top of the pinned load.
     */
    static long lowerBound(ProgrammeSchedule schedule) {
        int weeks = schedule.getWeeks().size();
        Map<Inspectorate, Long> free = new EnumMap<>(Inspectorate.class);
        Map<Inspectorate, long[]> fixed = new EnumMap<>(Inspectorate.class);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (ScheduledInspection i : schedule.getInspections()) {
            if (i.isPinned()) {
                if (i.isScheduled()) {
                    for (WeekDemand d : i.demands()) {
                        fixed.computeIfAbsent(d.inspectorate(), k -> new long[weeks])[d.week()] += d.staff();
                    }
                }
                continue;
            }
            first = Math.min(first, Math.max(0, Math.max(i.getWindowFirstWeek(), i.getNoticeFirstWeek())));
            last = Math.max(last, i.getWindowLastWeek());
            i.getInspection().demand().forEach((inspectorate, staff) -> {
                if (staff != null && staff > 0) {
                    free.merge(inspectorate, (long) staff * i.getFieldworkWeeks(), Long::sum);
                }
            });
        }
        java.util.Set<Integer> blackout = new java.util.HashSet<>();
        schedule.getBlackouts().forEach(b -> blackout.add(b.weekIndex()));
        java.util.Set<Inspectorate> all = java.util.EnumSet.noneOf(Inspectorate.class);
        all.addAll(free.keySet());
        all.addAll(fixed.keySet());
        double bound = 0;
        for (Inspectorate inspectorate : all) {
            long[] pinned = fixed.getOrDefault(inspectorate, new long[weeks]);
            // open weeks with staff: [staff, demand so far]
            PriorityQueue<long[]> next = new PriorityQueue<>((a, b) -> Double.compare(added(a), added(b)));
            double sum = 0;
            double rounding = 0;
            for (WeekCapacity c : schedule.getCapacities()) {
                int w = c.weekIndex();
                if (c.inspectorate() != inspectorate || c.staff() <= 0 || w < 0 || w >= weeks) {
                    continue;
                }
                rounding += (c.staff() - 1) / (double) c.staff();
                if (!blackout.contains(w) && w >= first && w <= last) {
                    next.add(new long[] {c.staff(), pinned[w]});
                } else {
                    sum += 100.0 * pinned[w] * pinned[w] / c.staff();
                }
            }
            long toPlace = free.getOrDefault(inspectorate, 0L);
            if (next.isEmpty() && toPlace > 0) {
                continue; // no week can take it: no such schedule breaks no hard rule
            }
            for (long k = 0; k < toPlace; k++) {
                long[] week = next.poll();
                week[1]++;
                next.add(week);
            }
            for (long[] week : next) {
                sum += 100.0 * week[1] * week[1] / week[0];
            }
            bound += Math.max(0, sum - rounding);
        }
        return (long) Math.ceil(bound - 1e-9);
    }

    /** What one more staff-week adds to 100 d^2 / c. */
    private static double added(long[] week) {
        return 100.0 * (2 * week[1] + 1) / week[0];
    }
}
