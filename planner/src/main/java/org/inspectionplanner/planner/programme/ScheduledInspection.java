package org.inspectionplanner.planner.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.Alignment;
import org.inspectionplanner.data.programme.Inspection;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One inspection of the programme, planned onto a fieldwork start week. The week is nullable: an
 * inspection that cannot fit stays unscheduled (and costs medium score). The horizon, window and
 * notice limits are turned into week indices once, when the problem is built, so the constraints
 * only compare integers.
 */
@PlanningEntity(difficultyComparatorClass = InspectionDifficulty.class)
public class ScheduledInspection {

    @PlanningId
    private String id;
    private Inspection inspection;
    private String area;
    private int priority;
    private int fieldworkWeeks;
    /** First start week the window allows (fieldwork on or after earliest_start). */
    private int windowFirstWeek;
    /** Last fieldwork week the window and the horizon allow (its Friday on or before latest_end). */
    private int windowLastWeek;
    /** First start week that gives the notice: plan date + notice weeks. */
    private int noticeFirstWeek;
    private Integer preferredWeek;
    private Integer previousWeek;
    private Week announcedWeek;
    private boolean pinned;
    /** Week demands by start index, precomputed for the horizon weeks. */
    private List<List<WeekDemand>> demandsByStart;
    private int horizonWeeks;

    /** The start weeks its own hard rules allow (see {@link #limitStarts}): the solver's value range. */
    private List<Week> possibleStarts = List.of();

    @PlanningVariable(nullable = true, valueRangeProviderRefs = "possibleStarts")
    private Week start;

    public ScheduledInspection() {
    }

    /**
     * @param announcedWeek the fixed_start week, or null; an announced inspection is pinned there
     * @param pinned        true for announced inspections and pinned rows of a previous schedule
     */
    public ScheduledInspection(Inspection inspection, String area, int windowFirstWeek, int windowLastWeek,
            int noticeFirstWeek, Integer preferredWeek, Integer previousWeek, Week announcedWeek,
            boolean pinned, Week start, int horizonWeeks) {
        this.id = inspection.inspectionId();
        this.inspection = inspection;
        this.area = area == null || area.isBlank() ? null : area.strip();
        this.priority = inspection.priority();
        this.fieldworkWeeks = Math.max(1, inspection.fieldworkWeeks());
        this.windowFirstWeek = windowFirstWeek;
        this.windowLastWeek = windowLastWeek;
        this.noticeFirstWeek = noticeFirstWeek;
        this.preferredWeek = preferredWeek;
        this.previousWeek = previousWeek;
        this.announcedWeek = announcedWeek;
        this.pinned = pinned;
        this.start = start;
        this.horizonWeeks = horizonWeeks;
        this.demandsByStart = new ArrayList<>(horizonWeeks);
        for (int s = 0; s < horizonWeeks; s++) {
            demandsByStart.add(computeDemands(s));
        }
    }

    private List<WeekDemand> computeDemands(int startIndex) {
        List<WeekDemand> demands = new ArrayList<>();
        for (int w = startIndex; w < startIndex + fieldworkWeeks; w++) {
            if (w < 0 || w >= horizonWeeks) {
                continue; // outside the horizon: the window rule reports it, capacity has no row
            }
            for (Map.Entry<Inspectorate, Integer> e : inspection.demand().entrySet()) {
                if (e.getValue() != null && e.getValue() > 0) {
                    demands.add(new WeekDemand(e.getKey(), w, e.getValue()));
                }
            }
        }
        return List.copyOf(demands);
    }

    /**
     * Sets the weeks the solver may try: the horizon weeks whose start keeps the whole fieldwork inside the
     * window and the horizon, gives the notice and has no fieldwork week in a blackout. Any other week breaks
     * one of these hard rules whatever the rest of the schedule, and an unscheduled inspection always
     * scores better than a broken hard rule, so leaving them out loses no plan; on the benchmark's
     * programmes about four in five weeks are outside an inspection's window, and the local search no
     * longer spends its moves on them. (Pinned inspections are never moved; their week stays as given.)
     */
    void limitStarts(List<Week> horizon, java.util.Set<Integer> blackoutWeeks) {
        List<Week> allowed = new ArrayList<>();
        for (Week w : horizon) {
            int s = w.index();
            int last = s + fieldworkWeeks - 1;
            if (s < windowFirstWeek || last > windowLastWeek || last >= horizon.size() || s < noticeFirstWeek) {
                continue;
            }
            boolean clear = true;
            for (int k = s; k <= last && clear; k++) {
                clear = !blackoutWeeks.contains(k);
            }
            if (clear) {
                allowed.add(w);
            }
        }
        possibleStarts = List.copyOf(allowed);
    }

    @ValueRangeProvider(id = "possibleStarts")
    public List<Week> getPossibleStarts() {
        return possibleStarts;
    }

    /** The staff this inspection needs, per inspectorate and horizon week, at its current start. */
    public List<WeekDemand> demands() {
        if (start == null) {
            return List.of();
        }
        int s = start.index();
        return s >= 0 && s < demandsByStart.size() ? demandsByStart.get(s) : computeDemands(s);
    }

    public boolean isScheduled() {
        return start != null;
    }

    public int startIndex() {
        return start.index();
    }

    /** Index of the last fieldwork week. */
    public int lastWeekIndex() {
        return start.index() + fieldworkWeeks - 1;
    }

    /** Weeks by which the fieldwork falls outside the window: 0 when inside. */
    public int weeksOutsideWindow() {
        if (start == null) {
            return 0;
        }
        return Math.max(0, windowFirstWeek - startIndex()) + Math.max(0, lastWeekIndex() - windowLastWeek);
    }

    /** Weeks by which the start is short of the notice: 0 when notice is given. Pinned rows were already notified. */
    public int weeksShortOfNotice() {
        if (start == null || pinned) {
            return 0;
        }
        return Math.max(0, noticeFirstWeek - startIndex());
    }

    /** How much the inspection matters: an unscheduled one costs 6 - priority. */
    public int importance() {
        return 6 - Math.max(1, Math.min(5, priority));
    }

    /** The linked inspection this one lines up with (align_with), or null. */
    public Alignment getAlignment() {
        return inspection.alignment();
    }

    /** Weeks by which this inspection and its linked one (both scheduled) miss their alignment. */
    public int weeksOutOfAlignment(ScheduledInspection linked) {
        return getAlignment().weeksMissed(startIndex(), fieldworkWeeks, linked.startIndex(), linked.fieldworkWeeks);
    }

    public boolean overlaps(ScheduledInspection other) {
        return startIndex() <= other.lastWeekIndex() && other.startIndex() <= lastWeekIndex();
    }

    public int weeksBetweenStarts(ScheduledInspection other) {
        return Math.abs(startIndex() - other.startIndex());
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public String getId() {
        return id;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public String getArea() {
        return area;
    }

    public int getPriority() {
        return priority;
    }

    public int getFieldworkWeeks() {
        return fieldworkWeeks;
    }

    public int getWindowFirstWeek() {
        return windowFirstWeek;
    }

    public int getWindowLastWeek() {
        return windowLastWeek;
    }

    public int getNoticeFirstWeek() {
        return noticeFirstWeek;
    }

    public Integer getPreferredWeek() {
        return preferredWeek;
    }

    public Integer getPreviousWeek() {
        return previousWeek;
    }

    public Week getAnnouncedWeek() {
        return announcedWeek;
    }

    public Week getStart() {
        return start;
    }

    public void setStart(Week start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return id + "@" + (start == null ? "unscheduled" : Objects.toString(start));
    }
}
