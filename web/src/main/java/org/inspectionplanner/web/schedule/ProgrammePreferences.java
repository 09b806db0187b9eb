package org.inspectionplanner.web.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.planner.programme.ProgrammeConstraintConfiguration;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.web.page.ConstraintRow;
import org.inspectionplanner.web.page.PreferenceLine;
import org.inspectionplanner.web.page.Words;

/**
 * What the programme's preferences came to, in a programme manager's terms, from the planner's report:
 * inspections later than they could start, away from their preferred week, how evenly each inspectorate's
 * staff are used week by week, areas visited again soon, preferred alignments missed and inspections moved
 * from a previous schedule. The solver's cost of each stays in report.json.
 */
final class ProgrammePreferences {

    private ProgrammePreferences() {
    }

    static List<PreferenceLine> of(ProgrammeReport report) {
        if (report == null || report.constraints() == null) {
            return List.of();
        }
        List<PreferenceLine> lines = new ArrayList<>();
        int scheduled = report.counts() == null ? 0 : report.counts().scheduled();
        String of = scheduled == 0 ? "" : " of " + Words.number(scheduled);
        constraint(report, ProgrammeConstraintConfiguration.URGENCY).ifPresent(c -> lines.add(c.matchCount() == 0
                ? PreferenceLine.met("Urgent inspections first", "Every inspection starts as early as its window and notice allow.")
                : PreferenceLine.notMet("Urgent inspections first", Words.number(c.matchCount()) + of
                        + (c.matchCount() == 1 && scheduled == 1 ? " inspection starts" : " inspections start")
                        + " later than the earliest week they could; a delay counts for more the higher the inspection's priority.")));
        constraint(report, ProgrammeConstraintConfiguration.PREFERRED_START).ifPresent(c -> lines.add(c.matchCount() == 0
                ? PreferenceLine.met("Preferred start weeks", "Every inspection with a preferred start week starts then.")
                : PreferenceLine.notMet("Preferred start weeks", Words.count(c.matchCount(), "inspection starts away from its preferred week",
                        "inspections start away from their preferred weeks") + ", by " + Words.count(units(c), "week", "weeks") + " in all.")));
        levelLoading(report).ifPresent(lines::add);
        constraint(report, ProgrammeConstraintConfiguration.JOINT_BURDEN).ifPresent(c -> lines.add(c.matchCount() == 0
                ? PreferenceLine.met("Time between visits to an area", "No area is visited again soon after the minimum gap.")
                : PreferenceLine.notMet("Time between visits to an area", Words.count(c.matchCount(), "pair", "pairs")
                        + " of inspections visit the same area soon after the minimum gap: allowed, but a burden on the area.")));
        constraint(report, ProgrammeConstraintConfiguration.ALIGNMENT_PREFERENCE).ifPresent(c -> lines.add(c.matchCount() == 0
                ? PreferenceLine.met("Preferred alignments", "Every inspection preferred to run alongside another does.")
                : PreferenceLine.notMet("Preferred alignments", Words.count(c.matchCount(), "inspection misses", "inspections miss")
                        + " the inspection it preferred to run alongside, by " + Words.count(units(c), "week", "weeks") + " in all.")));
        constraint(report, ProgrammeConstraintConfiguration.STABILITY).filter(c -> c.matchCount() > 0).ifPresent(c ->
                lines.add(PreferenceLine.notMet("Keeping the previous schedule", Words.count(c.matchCount(), "inspection starts", "inspections start")
                        + " in another week than in the previous schedule, " + Words.count(units(c), "week", "weeks") + " away in all.")));
        return lines;
    }

    /** How evenly each inspectorate's staff are used over the weeks: the least even inspectorate, and the busiest week. */
    private static Optional<PreferenceLine> levelLoading(ProgrammeReport report) {
        ProgrammeReport.LevelLoading level = report.levelLoading();
        if (level == null || level.byInspectorate() == null || level.byInspectorate().isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Inspectorate, ProgrammeReport.Utilisation> leastEven = level.byInspectorate().entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().sdPercent())).orElseThrow();
        Map.Entry<Inspectorate, ProgrammeReport.Utilisation> peak = level.byInspectorate().entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().peakPercent())).orElseThrow();
        String outcome = "Each inspectorate's weekly use of its staff is typically within " + points(level.figure())
                + " of its average (the standard deviation, averaged over the inspectorates). Least even: "
                + ProgrammeView.inspectorateLabel(leastEven.getKey().name()) + ", typically within " + points(leastEven.getValue().sdPercent())
                + " of its average of " + Math.round(leastEven.getValue().meanPercent()) + "%. Busiest week: "
                + ProgrammeView.inspectorateLabel(peak.getKey().name()) + " at " + Math.round(peak.getValue().peakPercent()) + "% of its staff.";
        return Optional.of(new PreferenceLine("Even use of staff", "", "grey", outcome));
    }

    private static String points(double value) {
        return Words.count(Math.round(value), "percentage point", "percentage points");
    }

    /** The units a constraint is penalised in (weeks), summed: its score over its weight. */
    private static long units(ProgrammeReport.ConstraintReport c) {
        long weight = Math.abs(ConstraintRow.atLevel(c.weight(), c.level()));
        long score = Math.abs(ConstraintRow.atLevel(c.score(), c.level()));
        return weight == 0 ? c.matchCount() : score / weight;
    }

    private static Optional<ProgrammeReport.ConstraintReport> constraint(ProgrammeReport report, String name) {
        return report.constraints().stream().filter(c -> name.equals(c.name())).findFirst();
    }
}
