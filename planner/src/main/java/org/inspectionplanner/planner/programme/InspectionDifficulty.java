package org.inspectionplanner.planner.programme;

import java.util.Comparator;

/**
 * For the construction heuristic: place the hardest inspections first: the largest staff demand
 * (staff x weeks), then the fewest possible start weeks, then the most important. Big ones first
 * packs a tight programme best; level loading then steers each to the least loaded weeks.
 * (OptaPlanner sorts ascending and takes the largest as the most difficult.)
 */
public class InspectionDifficulty implements Comparator<ScheduledInspection> {

    private static final Comparator<ScheduledInspection> ORDER = Comparator
            .comparingInt(InspectionDifficulty::staffWeeks)
            .thenComparing(Comparator.comparingInt(InspectionDifficulty::slack).reversed())
            .thenComparingInt(ScheduledInspection::importance)
            .thenComparing(ScheduledInspection::getId, Comparator.reverseOrder());

    @Override
    public int compare(ScheduledInspection a, ScheduledInspection b) {
        return ORDER.compare(a, b);
    }

    static int slack(ScheduledInspection i) {
        int first = Math.max(i.getWindowFirstWeek(), i.getNoticeFirstWeek());
        return i.getWindowLastWeek() - i.getFieldworkWeeks() + 1 - first;
    }

    static int staffWeeks(ScheduledInspection i) {
        return i.getFieldworkWeeks() * i.getInspection().demand().values().stream().mapToInt(Integer::intValue).sum();
    }
}
