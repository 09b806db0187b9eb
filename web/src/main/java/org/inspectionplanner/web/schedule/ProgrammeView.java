package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.inspectionplanner.web.allocation.AllocationBoard;
import org.inspectionplanner.web.page.Download;

/**
 * The programme result page: the inspections table, a timeline (inspections as bars across weeks,
 * grouped by lead inspectorate, blackout weeks shaded, pinned ones marked), a capacity heatmap
 * (inspectorate by week, banded by utilisation and always with the percentage as text), the
 * unscheduled inspections with reasons, the joint-tier share per inspectorate and the constraints.
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
        List<AllocationBoard.ConstraintLine> constraints,
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
    }

    public record HeatCell(LocalDate week, int demanded, int available, String text, String band, String bandLabel) {
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

    static ProgrammeView from(JsonNode report, List<Map<String, String>> csv, Map<String, String> titles,
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
        LocalDate from = date(report.path("parameters").path("from").asText(null));
        LocalDate to = date(report.path("parameters").path("to").asText(null));
        if (from != null) {
            span.add(monday(from));
        }
        if (to != null) {
            span.add(monday(to));
        }
        rows.stream().filter(Row::scheduled).forEach(r -> {
            span.add(monday(r.start()));
            span.add(monday(r.end()));
        });
        Map<String, Map<LocalDate, int[]>> load = new TreeMap<>();
        for (JsonNode l : report.path("load")) {
            LocalDate week = date(l.path("week_start").asText(null));
            if (week == null) {
                continue;
            }
            span.add(week);
            load.computeIfAbsent(l.path("inspectorate").asText(), k -> new TreeMap<>())
                    .put(week, new int[] {l.path("demanded").asInt(), l.path("available").asInt()});
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
        for (JsonNode j : report.path("joint_share")) {
            double share = j.path("joint_share").asDouble();
            double percent = share <= 1.0 ? share * 100 : share;
            shares.add(new JointShare(j.path("inspectorate").asText(), j.path("staff_weeks").asLong(),
                    j.path("joint_staff_weeks").asLong(), String.format(java.util.Locale.UK, "%.0f%%", percent)));
        }

        List<AllocationBoard.ConstraintLine> constraints = new ArrayList<>();
        for (JsonNode c : report.path("constraints")) {
            List<String> matches = new ArrayList<>();
            c.path("matches").forEach(m -> matches.add(m.path("description").asText() + " (score " + m.path("score").asText() + ")"));
            constraints.add(new AllocationBoard.ConstraintLine(c.path("name").asText(), c.path("level").asText(),
                    c.path("weight").asText(), c.path("match_count").asInt(), c.path("score").asText(), matches));
        }

        List<Row> unscheduled = rows.stream().filter(r -> !r.scheduled()).toList();
        return new ProgrammeView(report.path("score").asText(""), report.path("feasible").asBoolean(unscheduled.isEmpty()),
                rows, weeks, blackouts, timeline, heatmap, unscheduled, shares, constraints, downloads);
    }

    /** Utilisation bands: 0-60%, 61-80%, 81-100%, over 100%; the text always carries the figure. */
    static HeatCell cell(LocalDate week, int demanded, int available) {
        if (available <= 0) {
            return demanded > 0
                    ? new HeatCell(week, demanded, available, demanded + "/0", "app-band-over", "over 100%")
                    : new HeatCell(week, demanded, available, "-", "app-band-none", "no staff");
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
