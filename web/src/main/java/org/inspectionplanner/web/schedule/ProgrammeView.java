package org.inspectionplanner.web.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.web.page.ConstraintRow;
import org.inspectionplanner.web.page.Download;
import org.inspectionplanner.web.page.PreferenceLine;
import org.inspectionplanner.web.page.Words;

/**
 * The programme result page: the inspections table, a timeline (inspections as bars across weeks,
 * grouped by lead inspectorate, blackout weeks shaded, pinned ones marked), a capacity heatmap
 * (inspectorate by week, banded by utilisation and always with the percentage as text), the
 * unscheduled inspections with reasons, the joint-tier share per inspectorate, what the preferences came
 * to ({@link ProgrammePreferences}) and the constraints.
 */
public record ProgrammeView(
        String score,
        boolean feasible,
        List<Row> rows,
        List<LocalDate> weeks,
        Set<LocalDate> blackouts,
        Map<String, List<Row>> timeline,
        List<HeatRow> heatmap,
        List<Row> unscheduled,
        List<JointShare> jointShares,
        List<ConstraintRow> constraints,
        List<PreferenceLine> preferences,
        List<Download> downloads) {

    public record Row(String inspectionId, String title, String kind, String tier, String lead, String area, int priority,
            LocalDate start, LocalDate end, LocalDate notice, boolean pinned, String reason, String reasonMessage) {

        public boolean scheduled() {
            return start != null;
        }

        /** True when the inspection is in fieldwork in the week starting {@code monday}. */
        public boolean inWeek(LocalDate monday) {
            return start != null && !monday.isBefore(start) && !monday.isAfter(end);
        }

        public boolean startsIn(LocalDate monday) {
            return start != null && start.equals(monday);
        }

        /** The timeline's row label: the title (or the id when there is none). */
        public String name() {
            return title == null || title.isBlank() ? inspectionId : title;
        }

        /** "5 January 2026 to 16 January 2026". */
        public String fieldwork() {
            return start == null ? "Not scheduled" : Words.date(start) + " to " + Words.date(end);
        }
    }

    /** A month over the timeline's week columns: its label and how many weeks start in it. */
    public record MonthSpan(String label, int weeks) {

        /** "Jan"; in a month of one or two week columns (32 px or less) only its first letter, "J". */
        public String name() {
            String name = label.split(" ")[0];
            return weeks < 3 ? name.substring(0, 1) : name;
        }

        /** "2026" on January and the first month (the label's year), else null: it goes on a line of its own to fit. */
        public String year() {
            int space = label.indexOf(' ');
            return space < 0 ? null : label.substring(space + 1);
        }
    }

    /** The months across the timeline, so the weeks under them are read by month. */
    public List<MonthSpan> months() {
        List<MonthSpan> months = new ArrayList<>();
        java.time.YearMonth current = null;
        int count = 0;
        for (LocalDate w : weeks) {
            java.time.YearMonth m = java.time.YearMonth.from(w);
            if (!m.equals(current)) {
                if (current != null) {
                    months.add(new MonthSpan(monthLabel(current, months.isEmpty()), count));
                }
                current = m;
                count = 0;
            }
            count++;
        }
        if (current != null) {
            months.add(new MonthSpan(monthLabel(current, months.isEmpty()), count));
        }
        return months;
    }

    private static String monthLabel(java.time.YearMonth month, boolean first) {
        String name = month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
        return first || month.getMonthValue() == 1 ? name + " " + month.getYear() : name;
    }

    /** The heatmap read by week: one row per week, one cell per inspectorate. */
    public record HeatWeek(LocalDate week, String label, String month, List<HeatCell> cells) {
    }

    public List<HeatWeek> heatWeeks() {
        List<HeatWeek> list = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            int index = i;
            LocalDate w = weeks.get(i);
            list.add(new HeatWeek(w, Words.date(w), w.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + " " + w.getYear(), heatmap.stream().map(h -> h.cells().get(index)).toList()));
        }
        return list;
    }

    public record HeatCell(LocalDate week, int demanded, int available, String text, String band, String bandLabel) {

        /** "6 of 8 staff", beside the percentage. */
        public String staff() {
            return available <= 0 && demanded <= 0 ? "no staff" : demanded + " of " + available + " staff";
        }
    }

    public record HeatRow(String inspectorate, List<HeatCell> cells) {
        public String label() {
            return inspectorateLabel(inspectorate);
        }
    }

    public record JointShare(String inspectorate, long staffWeeks, long jointStaffWeeks, String share) {
        public String label() {
            return inspectorateLabel(inspectorate);
        }
    }

    /** The inspectorate as people write it: "CPS", "Court administration". */
    public static String inspectorateLabel(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (code.equals("CPS")) {
            return "CPS";
        }
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public boolean isBlackout(LocalDate week) {
        return blackouts.contains(week);
    }

    /** @param report the planner's typed report, or null before the first plan */
    static ProgrammeView from(ProgrammeReport report, List<Map<String, String>> csv, Map<String, String> titles,
            Set<LocalDate> blackouts, Set<String> pins, List<Download> downloads) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> r : csv) {
            String id = r.getOrDefault("inspection_id", "");
            int priority = 0;
            try {
                priority = Integer.parseInt(r.getOrDefault("priority", "0"));
            } catch (NumberFormatException e) {
                // shown as 0
            }
            rows.add(new Row(id, titles.getOrDefault(id, ""), r.getOrDefault("kind", ""), r.getOrDefault("tier", ""),
                    r.getOrDefault("lead", ""), r.getOrDefault("area", ""), priority, date(r.get("fieldwork_start")),
                    date(r.get("fieldwork_end")), date(r.get("notice_date")),
                    pins.contains(id) || "true".equalsIgnoreCase(r.getOrDefault("pinned", "")),
                    r.getOrDefault("reason", ""), r.getOrDefault("reason_message", "")));
        }

        // Weeks: the horizon from the report's parameters, else the span of the schedule and load.
        TreeSet<LocalDate> span = new TreeSet<>();
        if (report != null && report.parameters() != null) {
            if (report.parameters().from() != null) {
                span.add(monday(report.parameters().from()));
            }
            if (report.parameters().to() != null) {
                span.add(monday(report.parameters().to()));
            }
        }
        rows.stream().filter(Row::scheduled).forEach(r -> {
            span.add(monday(r.start()));
            span.add(monday(r.end()));
        });
        Map<String, Map<LocalDate, int[]>> load = new TreeMap<>();
        for (ProgrammeReport.LoadRow l : report == null || report.load() == null ? List.<ProgrammeReport.LoadRow>of() : report.load()) {
            if (l.weekStart() == null || l.inspectorate() == null) {
                continue;
            }
            span.add(l.weekStart());
            load.computeIfAbsent(l.inspectorate().name(), k -> new TreeMap<>())
                    .put(l.weekStart(), new int[] {l.demanded(), l.available()});
        }
        List<LocalDate> weeks = new ArrayList<>();
        if (!span.isEmpty()) {
            for (LocalDate w = span.first(); !w.isAfter(span.last()) && weeks.size() < 260; w = w.plusWeeks(1)) {
                weeks.add(w);
            }
        }

        Map<String, List<Row>> timeline = new TreeMap<>();
        rows.stream().filter(Row::scheduled).forEach(r -> timeline.computeIfAbsent(r.lead().isEmpty() ? "No lead" : r.lead(),
                k -> new ArrayList<>()).add(r));

        List<HeatRow> heatmap = new ArrayList<>();
        load.forEach((inspectorate, byWeek) -> {
            List<HeatCell> cells = new ArrayList<>();
            for (LocalDate week : weeks) {
                int[] figures = byWeek.getOrDefault(week, new int[] {0, 0});
                cells.add(cell(week, figures[0], figures[1]));
            }
            heatmap.add(new HeatRow(inspectorate, cells));
        });

        List<JointShare> shares = new ArrayList<>();
        for (ProgrammeReport.JointShare j : report == null || report.jointShare() == null ? List.<ProgrammeReport.JointShare>of() : report.jointShare()) {
            double percent = j.jointShare() <= 1.0 ? j.jointShare() * 100 : j.jointShare();
            shares.add(new JointShare(j.inspectorate() == null ? "" : j.inspectorate().name(), j.staffWeeks(), j.jointStaffWeeks(),
                    String.format(java.util.Locale.UK, "%.0f%%", percent)));
        }

        List<ConstraintRow> constraints = new ArrayList<>();
        for (ProgrammeReport.ConstraintReport c : report == null || report.constraints() == null
                ? List.<ProgrammeReport.ConstraintReport>of() : report.constraints()) {
            List<String> matches = c.matches() == null ? List.of()
                    : c.matches().stream().map(m -> Words.codesIn(m.description())).toList();
            constraints.add(ConstraintRow.of(c.name(), c.level(), c.matchCount(), ConstraintRow.atLevel(c.score(), c.level()),
                    matches, "inspection"));
        }

        List<Row> unscheduled = rows.stream().filter(r -> !r.scheduled()).toList();
        return new ProgrammeView(report == null ? "" : report.score(), report == null ? unscheduled.isEmpty() : report.feasible(),
                rows, weeks, blackouts, timeline, heatmap, unscheduled, shares, constraints, ProgrammePreferences.of(report), downloads);
    }

    /** Utilisation bands: 0-60%, 61-80%, 81-100%, over 100%; the text always carries the figure. */
    static HeatCell cell(LocalDate week, int demanded, int available) {
        if (available <= 0) {
            return demanded > 0
                    ? new HeatCell(week, demanded, available, demanded + "/0", "app-band-over", "over 100%")
                    : new HeatCell(week, demanded, available, "none", "app-band-none", "no staff");
        }
        long percent = Math.round(demanded * 100.0 / available);
        String band;
        String label;
        if (percent <= 60) {
            band = "app-band-low";
            label = "0 to 60%";
        } else if (percent <= 80) {
            band = "app-band-mid";
            label = "61 to 80%";
        } else if (percent <= 100) {
            band = "app-band-high";
            label = "81 to 100%";
        } else {
            band = "app-band-over";
            label = "over 100%";
        }
        return new HeatCell(week, demanded, available, percent + "%", band, label);
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static long weeksBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.WEEKS.between(a, b);
    }
}
