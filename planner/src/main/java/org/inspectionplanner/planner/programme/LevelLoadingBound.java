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
 * more. The bound ignores windows, blackouts and areas, so it is reached only where they allow an even
 * spread.
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

    /** A lower bound on {@link #penalty} over schedules that place every inspection and break no hard rule. */
    static long lowerBound(ProgrammeSchedule schedule) {
        Map<Inspectorate, Long> total = new EnumMap<>(Inspectorate.class);
        for (ScheduledInspection i : schedule.getInspections()) {
            i.getInspection().demand().forEach((inspectorate, staff) -> {
                if (staff != null && staff > 0) {
                    total.merge(inspectorate, (long) staff * i.getFieldworkWeeks(), Long::sum);
                }
            });
        }
        double bound = 0;
        for (Map.Entry<Inspectorate, Long> e : total.entrySet()) {
            // weeks with staff: [staff, demand so far]
            PriorityQueue<long[]> next = new PriorityQueue<>((a, b) -> Double.compare(added(a), added(b)));
            double rounding = 0;
            for (WeekCapacity c : schedule.getCapacities()) {
                if (c.inspectorate() == e.getKey() && c.staff() > 0) {
                    next.add(new long[] {c.staff(), 0});
                    rounding += (c.staff() - 1) / (double) c.staff();
                }
            }
            if (next.isEmpty()) {
                continue; // no week can take it: no such schedule breaks no hard rule
            }
            double sum = 0;
            for (long k = 0; k < e.getValue(); k++) {
                long[] week = next.poll();
                sum += added(week);
                week[1]++;
                next.add(week);
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
