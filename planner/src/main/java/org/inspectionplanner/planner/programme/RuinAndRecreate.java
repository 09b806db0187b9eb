package org.inspectionplanner.planner.programme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gets as many inspections in as it can before the solver polishes the soft score: starting from
 * a hard-feasible schedule, it repeatedly takes out the inspections of a few weeks (or of an area)
 * and puts them back, with the unscheduled ones, in a shuffled order of importance and size, each
 * in a free week. A rebuild is kept when it leaves no more importance unscheduled (ties are kept
 * too, to drift across plateaus), and one time in 50 when it leaves up to 2 more (to climb out
 * of a dead end); the best schedule seen is the one left at the end. Single moves of the local search rarely achieve this when
 * capacity is tight: freeing a week for one inspection means moving several others first.
 */
final class RuinAndRecreate {

    private final ProgrammeSchedule schedule;
    private final List<ScheduledInspection> movable;
    private final SplittableRandom random;
    private long rebuilds;

    RuinAndRecreate(ProgrammeSchedule schedule, long seed) {
        this.schedule = schedule;
        this.movable = schedule.getInspections().stream().filter(i -> !i.isPinned()).toList();
        this.random = new SplittableRandom(seed);
    }

    /**
     * Improves the schedule in place for at most {@code budget}: stops early when nothing is left
     * unscheduled, or when the loss has not fallen for {@code unimproved}. Calls {@code onImprovement}
     * with the schedule in each new best state. The schedule must break no hard rule among its unpinned
     * inspections. Returns the importance left unscheduled.
     */
    int improve(Duration budget, Duration unimproved, Runnable onImprovement) {
        long now = System.nanoTime();
        long deadline = now + budget.toNanos();
        long lastImprovement = now;
        WeekFeasibility feasibility = WeekFeasibility.of(schedule);
        int horizon = schedule.getWeeks().size();
        Week[] best = snapshot();
        int bestLoss = loss();
        int currentLoss = bestLoss;
        while (currentLoss > 0 && (now = System.nanoTime()) < deadline && now - lastImprovement < unimproved.toNanos()) {
            rebuilds++;
            Week[] before = snapshot();
            List<ScheduledInspection> out = ruin(horizon);
            out.forEach(feasibility::remove);
            out.forEach(i -> i.setStart(null));
            // nothing ruined is unscheduled, so the waiting ones are those unscheduled before the ruin
            java.util.Set<ScheduledInspection> ruined = identitySet(out);
            List<ScheduledInspection> waiting = movable.stream().filter(i -> !i.isScheduled() && !ruined.contains(i)).toList();
            List<ScheduledInspection> toPlace = new ArrayList<>(out);
            toPlace.addAll(waiting);
            recreate(toPlace, waiting, feasibility);
            int newLoss = loss();
            if (newLoss <= currentLoss || (newLoss <= currentLoss + 2 && random.nextInt(50) == 0)) {
                currentLoss = newLoss;
                if (newLoss < bestLoss) {
                    bestLoss = newLoss;
                    best = snapshot();
                    lastImprovement = System.nanoTime();
                    onImprovement.run();
                }
            } else {
                restore(before, feasibility);
            }
        }
        restore(best, feasibility);
        return bestLoss;
    }

    /** As {@link #improve(Duration, Duration, Runnable)} without the unimproved stop. */
    int improve(Duration budget) {
        return improve(budget, budget, () -> {
        });
    }

    /** How many rebuilds the last {@link #improve} tried. */
    long rebuilds() {
        return rebuilds;
    }

    /**
     * Usually (when something waits) the inspections of an unscheduled one's area and those around
     * a week of its window; otherwise those of 2 to 8 consecutive weeks, now and then up to 17.
     */
    private List<ScheduledInspection> ruin(int horizon) {
        List<ScheduledInspection> out = new ArrayList<>();
        List<ScheduledInspection> unscheduled = movable.stream().filter(i -> !i.isScheduled()).toList();
        if (!unscheduled.isEmpty() && random.nextInt(3) != 0) {
            ScheduledInspection target = unscheduled.get(random.nextInt(unscheduled.size()));
            for (ScheduledInspection i : movable) {
                if (i.isScheduled() && target.getArea() != null && target.getArea().equals(i.getArea())) {
                    out.add(i);
                }
            }
            // and what runs in the target's window
            int from = Math.max(0, target.getWindowFirstWeek());
            int to = Math.min(horizon - 1, target.getWindowLastWeek());
            int span = Math.max(1, to - from + 1);
            int start = from + random.nextInt(span);
            addStartingIn(out, start - target.getFieldworkWeeks(), start + target.getFieldworkWeeks());
        } else {
            int width = 2 + random.nextInt(random.nextInt(4) == 0 ? 16 : 7);
            int start = random.nextInt(Math.max(1, horizon - width + 1));
            addStartingIn(out, start - 2, start + width);
        }
        return out;
    }

    private void addStartingIn(List<ScheduledInspection> out, int from, int to) {
        java.util.Set<ScheduledInspection> already = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        already.addAll(out);
        for (ScheduledInspection i : movable) {
            if (i.isScheduled() && i.startIndex() <= to && i.lastWeekIndex() >= from && !already.contains(i)) {
                out.add(i);
            }
        }
    }

    /**
     * Most important and biggest first, with noise so that rebuilds differ; usually the ones that
     * were waiting unscheduled go first of all, as the rest can more easily fit around them.
     */
    private void recreate(List<ScheduledInspection> toPlace, List<ScheduledInspection> waiting,
            WeekFeasibility feasibility) {
        boolean waitingFirst = random.nextInt(4) != 0;
        java.util.Set<ScheduledInspection> waits = identitySet(waiting);
        List<double[]> keys = new ArrayList<>();
        for (int k = 0; k < toPlace.size(); k++) {
            ScheduledInspection i = toPlace.get(k);
            double key = i.importance() * 10 + InspectionDifficulty.staffWeeks(i) * 0.5
                    - InspectionDifficulty.slack(i) * 0.3 + random.nextDouble() * 8
                    + (waitingFirst && waits.contains(i) ? 1000 : 0);
            keys.add(new double[] {key, k});
        }
        keys.sort(Comparator.comparingDouble((double[] a) -> -a[0]));
        boolean leastLoaded = random.nextBoolean();
        java.util.function.ToIntFunction<ScheduledInspection> chooser = leastLoaded ? feasibility::leastLoadedFreeWeek
                : i -> randomFreeWeek(i, feasibility);
        for (double[] key : keys) {
            ScheduledInspection i = toPlace.get((int) key[1]);
            if (i.isScheduled()) {
                continue; // placed beside the inspection it aligns with
            }
            int week = chooser.applyAsInt(i);
            if (week >= 0) {
                i.setStart(schedule.getWeeks().get(week));
                feasibility.place(i);
                feasibility.placePartners(i, chooser);
            }
        }
    }

    /** A free week from a random place in its possible starts on (wrapping round). */
    private int randomFreeWeek(ScheduledInspection i, WeekFeasibility feasibility) {
        List<Week> starts = i.getPossibleStarts();
        int offset = starts.isEmpty() ? 0 : random.nextInt(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            int s = starts.get((offset + k) % starts.size()).index();
            if (feasibility.isFreeKeepingPartners(i, s)) {
                return s;
            }
        }
        return -1;
    }

    private static java.util.Set<ScheduledInspection> identitySet(List<ScheduledInspection> list) {
        java.util.Set<ScheduledInspection> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(list);
        return set;
    }

    private int loss() {
        return movable.stream().filter(i -> !i.isScheduled()).mapToInt(ScheduledInspection::importance).sum();
    }

    private Week[] snapshot() {
        Week[] weeks = new Week[movable.size()];
        for (int k = 0; k < weeks.length; k++) {
            weeks[k] = movable.get(k).getStart();
        }
        return weeks;
    }

    private void restore(Week[] weeks, WeekFeasibility feasibility) {
        for (int k = 0; k < weeks.length; k++) {
            ScheduledInspection i = movable.get(k);
            if (i.getStart() != weeks[k]) {
                feasibility.remove(i);
                i.setStart(weeks[k]);
                if (weeks[k] != null) {
                    feasibility.place(i);
                }
            }
        }
    }
}
