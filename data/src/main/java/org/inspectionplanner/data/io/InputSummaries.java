package org.inspectionplanner.data.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.data.roster.Skill;

/** Short text summaries of the roster and programme inputs (the caseload has CaseloadSummary). */
public final class InputSummaries {

    private InputSummaries() {
    }

    public static List<String> roster(Roster roster) {
        Map<Inspectorate, Integer> by = new EnumMap<>(Inspectorate.class);
        Map<Skill, Integer> skills = new EnumMap<>(Skill.class);
        int restricted = 0;
        int capacity = 0;
        for (Inspector i : roster.inspectors()) {
            by.merge(i.inspectorate(), 1, Integer::sum);
            i.skills().forEach(s -> skills.merge(s, 1, Integer::sum));
            restricted += i.availableDays().isEmpty() ? 0 : 1;
            capacity += i.maxCases();
        }
        List<String> lines = new ArrayList<>();
        lines.add("inspectors: " + roster.inspectors().size() + " " + by);
        lines.add("cases they can take in one fieldwork (sum of max_cases): " + capacity);
        lines.add("skills: " + skills);
        lines.add("with limited available_days: " + restricted);
        lines.add("extra columns: " + roster.extraColumns());
        return lines;
    }

    public static List<String> inspections(List<Inspection> inspections) {
        Map<InspectionKind, Integer> kinds = new EnumMap<>(InspectionKind.class);
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        Map<Inspectorate, Integer> staffWeeks = new EnumMap<>(Inspectorate.class);
        LocalDate first = null;
        LocalDate last = null;
        int fixed = 0;
        for (Inspection i : inspections) {
            kinds.merge(i.kind(), 1, Integer::sum);
            tiers.merge(i.tier(), 1, Integer::sum);
            i.demand().forEach((who, staff) -> staffWeeks.merge(who, staff * i.fieldworkWeeks(), Integer::sum));
            fixed += i.isFixed() ? 1 : 0;
            first = first == null || i.earliestStart().isBefore(first) ? i.earliestStart() : first;
            last = last == null || i.latestEnd().isAfter(last) ? i.latestEnd() : last;
        }
        List<String> lines = new ArrayList<>();
        lines.add("inspections: " + inspections.size() + " " + kinds);
        lines.add("tiers: " + tiers + "; fixed starts: " + fixed);
        lines.add("windows: " + (first == null ? "none" : first + " to " + last));
        lines.add("staff-weeks demanded: " + staffWeeks);
        return lines;
    }

    public static List<String> capacity(List<StaffCapacity> capacity) {
        Map<Inspectorate, Integer> staffWeeks = new EnumMap<>(Inspectorate.class);
        TreeSet<LocalDate> weeks = new TreeSet<>();
        for (StaffCapacity c : capacity) {
            staffWeeks.merge(c.inspectorate(), c.staff(), Integer::sum);
            weeks.add(c.weekStart());
        }
        List<String> lines = new ArrayList<>();
        lines.add("rows: " + capacity.size() + "; weeks: " + weeks.size()
                + (weeks.isEmpty() ? "" : " (" + weeks.first() + " to " + weeks.last() + ")"));
        lines.add("staff-weeks available: " + staffWeeks);
        return lines;
    }

    public static List<String> calendar(List<BlackoutWeek> weeks) {
        List<String> lines = new ArrayList<>();
        lines.add("blackout weeks: " + weeks.size());
        weeks.stream().sorted((a, b) -> a.weekStart().compareTo(b.weekStart()))
                .forEach(w -> lines.add("  " + w.weekStart() + (w.reason().isEmpty() ? "" : " " + w.reason())));
        return lines;
    }
}
