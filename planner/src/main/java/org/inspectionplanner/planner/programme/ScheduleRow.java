package org.inspectionplanner.planner.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.programme.InspectionKind;

/**
 * One line of schedule.csv. Dates are null for an unscheduled inspection, which has reason codes
 * instead; {@code pdus} (the PDUs whose cases the inspection samples, ;-joined) and the cohort window
 * are set for inspections that sample PDUs only.
 *
 * @param cohortWindowStart Monday of the week 32 weeks before fieldwork (the sampler's cohort window opens)
 * @param cohortWindowEnd   Monday of the week 27 weeks before fieldwork (the window's last week)
 */
public record ScheduleRow(String inspectionId, InspectionKind kind, String tier, String lead, String area, String pdus,
        int priority, LocalDate fieldworkStart, LocalDate fieldworkEnd, LocalDate noticeDate, boolean pinned,
        LocalDate cohortWindowStart, LocalDate cohortWindowEnd, String reason, String reasonMessage) {

    public static final List<String> HEADER = List.of("inspection_id", "kind", "tier", "lead", "area", "pdus",
            "priority", "fieldwork_start", "fieldwork_end", "notice_date", "pinned", "cohort_window_start",
            "cohort_window_end", "reason", "reason_message");

    /** Weeks before fieldwork of the sampler's cohort window (issue: weeks 32 to 27). */
    public static final int COHORT_FIRST_WEEKS_BEFORE = 32;
    public static final int COHORT_LAST_WEEKS_BEFORE = 27;

    /** The rows of a solved schedule: scheduled by start date, then unscheduled by id. */
    public static List<ScheduleRow> of(ProgrammeSchedule solved) {
        Map<String, Unscheduled> reasons = Unscheduled.explain(solved);
        int noticeWeeks = solved.getParameters().noticeWeeks();
        List<ScheduleRow> rows = new ArrayList<>();
        for (ScheduledInspection i : solved.getInspections()) {
            var inspection = i.getInspection();
            boolean pdu = !inspection.pdus().isEmpty();
            LocalDate start = i.isScheduled() ? i.getStart().monday() : null;
            Unscheduled why = reasons.get(i.getId());
            rows.add(new ScheduleRow(i.getId(), inspection.kind(),
                    inspection.tier() == null ? null : inspection.tier().name(),
                    inspection.lead() == null ? null : inspection.lead().name(),
                    i.getArea(), pdu ? String.join(";", inspection.pdus()) : null, i.getPriority(),
                    start,
                    start == null ? null : start.plusWeeks(i.getFieldworkWeeks() - 1L).plusDays(4),
                    start == null ? null : start.minusWeeks(noticeWeeks),
                    i.isPinned(),
                    start != null && pdu ? start.minusWeeks(COHORT_FIRST_WEEKS_BEFORE) : null,
                    start != null && pdu ? start.minusWeeks(COHORT_LAST_WEEKS_BEFORE) : null,
                    why == null ? null : why.codeList(),
                    why == null ? null : why.message()));
        }
        rows.sort(Comparator.comparing(ScheduleRow::fieldworkStart, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ScheduleRow::inspectionId));
        return rows;
    }

    /** The cells in {@link #HEADER} order. */
    public List<String> cells() {
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(inspectionId);
        c.add(kind == null ? null : kind.name());
        c.add(tier);
        c.add(lead);
        c.add(area);
        c.add(pdus);
        c.add(Integer.toString(priority));
        c.add(str(fieldworkStart));
        c.add(str(fieldworkEnd));
        c.add(str(noticeDate));
        c.add(Boolean.toString(pinned));
        c.add(str(cohortWindowStart));
        c.add(str(cohortWindowEnd));
        c.add(reason);
        c.add(reasonMessage);
        return c;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
