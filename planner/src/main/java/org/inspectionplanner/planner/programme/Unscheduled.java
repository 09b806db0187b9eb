package org.inspectionplanner.planner.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.inspectionplanner.data.Inspectorate;

/**
 * Why an inspection is unscheduled: each start week its window allows is tried against the final
 * schedule and the rules that would break are counted. WINDOW alone when the window (cut to the
 * horizon) holds no whole fieldwork at all; NOTICE alone when every start week in the window is
 * before plan date + notice; otherwise the rules (CAPACITY, BLACKOUT, AREA_GAP, ALIGNMENT) that block the
 * remaining weeks, the rule blocking most weeks first.
 *
 * @param codes   the reason codes; empty when a week was in fact free (the solver stopped too early)
 * @param message a sentence for the programme manager
 */
public record Unscheduled(String inspectionId, List<UnscheduledReason> codes, String message) {

    /** The codes as written in schedule.csv: {@code ;}-joined. */
    public String codeList() {
        return codes.stream().map(Enum::name).collect(Collectors.joining(";"));
    }

    /** Explains every unscheduled inspection of a solved schedule, by inspection id in schedule order. */
    public static Map<String, Unscheduled> explain(ProgrammeSchedule schedule) {
        WeekFeasibility feasibility = WeekFeasibility.of(schedule);
        Map<String, Unscheduled> result = new LinkedHashMap<>();
        for (ScheduledInspection i : schedule.getInspections()) {
            if (!i.isScheduled()) {
                result.put(i.getId(), explain(i, schedule, feasibility));
            }
        }
        return result;
    }

    static Unscheduled explain(ScheduledInspection i, ProgrammeSchedule schedule, WeekFeasibility feasibility) {
        List<Week> weeks = schedule.getWeeks();
        Map<UnscheduledReason, Integer> weeksBlocked = new EnumMap<>(UnscheduledReason.class);
        Set<Inspectorate> short_ = new TreeSet<>();
        Set<String> areaClashes = new TreeSet<>();
        Set<String> misaligned = new TreeSet<>();
        int inWindow = 0;
        int noticed = 0;
        Week free = null;
        for (Week w : weeks) {
            Set<UnscheduledReason> blockers = feasibility.blockers(i, w.index());
            if (blockers.contains(UnscheduledReason.WINDOW)) {
                continue;
            }
            inWindow++;
            if (blockers.contains(UnscheduledReason.NOTICE)) {
                continue;
            }
            noticed++;
            if (blockers.isEmpty() && free == null) {
                free = w;
            }
            for (UnscheduledReason r : blockers) {
                weeksBlocked.merge(r, 1, Integer::sum);
            }
            if (blockers.contains(UnscheduledReason.CAPACITY)) {
                short_.addAll(feasibility.shortInspectorates(i, w.index()));
            }
            if (blockers.contains(UnscheduledReason.AREA_GAP)) {
                feasibility.areaConflicts(i, w.index()).forEach(o -> areaClashes.add(o.getId()));
            }
            if (blockers.contains(UnscheduledReason.ALIGNMENT)) {
                feasibility.misaligned(i, w.index()).forEach(o -> misaligned.add(o.getId()));
            }
        }
        if (inWindow == 0) {
            return new Unscheduled(i.getId(), List.of(UnscheduledReason.WINDOW), "no " + i.getFieldworkWeeks()
                    + "-week fieldwork fits inside its window and the horizon " + weeks.get(0).monday()
                    + " to " + weeks.get(weeks.size() - 1).friday());
        }
        if (noticed == 0) {
            return new Unscheduled(i.getId(), List.of(UnscheduledReason.NOTICE), "every start week in its window"
                    + " is before " + schedule.getParameters().earliestNoticedStart()
                    + " (plan date + " + schedule.getParameters().noticeWeeks() + " weeks' notice)");
        }
        if (free != null) {
            return new Unscheduled(i.getId(), List.of(), "the week of " + free.monday()
                    + " is free against the final schedule: the solver stopped before placing it; run longer");
        }
        List<UnscheduledReason> codes = new ArrayList<>(weeksBlocked.keySet());
        codes.sort(Comparator.comparing((UnscheduledReason r) -> -weeksBlocked.get(r)).thenComparing(Enum::ordinal));
        List<String> parts = new ArrayList<>();
        for (UnscheduledReason r : codes) {
            int n = weeksBlocked.get(r);
            String detail = switch (r) {
                case CAPACITY -> "too few staff (" + short_.stream().map(Enum::name).collect(Collectors.joining(", ")) + ")";
                case AREA_GAP -> "too close to " + String.join(", ", areaClashes) + " in area " + i.getArea();
                case BLACKOUT -> "a blackout week";
                case NOTICE -> "before plan date + notice";
                case WINDOW -> "outside the window";
                case ALIGNMENT -> "not aligned with " + String.join(", ", misaligned);
            };
            parts.add(detail + " in " + n + (n == 1 ? " week" : " weeks"));
        }
        return new Unscheduled(i.getId(), codes, "none of the " + noticed + " start weeks in its window (after the notice) is free: "
                + String.join("; ", parts));
    }
}
