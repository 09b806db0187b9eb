package org.inspectionplanner.web.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.UnassignedCase;
import org.inspectionplanner.planner.allocation.UnassignedReason;
import org.inspectionplanner.web.page.ConstraintRow;
import org.inspectionplanner.web.page.Download;
import org.inspectionplanner.web.page.PreferenceLine;
import org.inspectionplanner.web.page.Words;

/**
 * The allocation result page: an honest headline (cases not allocated, hard rules broken, inspectors over
 * capacity, coloured by the worst), a compact table of cases grouped by inspector with inspectorate and
 * role, the interview timetable, the unassigned cases with reasons, what the preferences came to
 * ({@link AllocationPreferences}) and the constraints, all in words.
 * Built from the planner's typed {@link AllocationReport} (null before the first plan), the rows of
 * {@code allocation.csv}, the roster and the sample.
 */
public record AllocationBoard(
        Headline headline,
        int assignedCases,
        int totalCases,
        List<InspectorGroup> groups,
        List<String> days,
        List<String> slots,
        Map<String, List<Interview>> timetable,
        List<Unassigned> unassigned,
        List<ConstraintRow> constraints,
        List<PreferenceLine> preferences,
        List<Download> downloads,
        List<SlotChoice> slotChoices) {

    /** An interview slot a case can be moved to: value "2026-01-05T09:30", label "Mon 5 Jan at 09:30". */
    public record SlotChoice(String value, String label) {
    }

    /** What the board knows about one case from the sample: where, whose, and what kind of case in words. */
    public record CaseFacts(String office, String practitionerId, String description) {
    }

    /** What the board knows about one inspector from the roster. */
    public record InspectorFacts(String name, String inspectorate, String role, List<String> skills, int capacity) {
    }

    /** The headline: severity green, orange or red (the worst finding), a title and the findings in words. */
    public record Headline(String severity, String title, List<String> findings) {
    }

    public record CaseRow(String caseId, String description, String office, String practitionerId, String day, String time,
            String interview, boolean pinned) {
    }

    public record InspectorGroup(String inspectorId, String name, String inspectorate, String role, List<String> skills,
            List<CaseRow> cases, double weightedLoad, int capacity, int loadPercent) {

        /** More cases than the roster's max_cases: a broken hard rule. */
        public boolean overCapacity() {
            return cases.size() > capacity;
        }

        /** Weighted load above capacity: allowed by the rules, but more work than the inspector has time for. */
        public boolean overloaded() {
            return loadPercent > 100;
        }

        public int barPercent() {
            return Math.min(100, loadPercent);
        }

        /** "Probation, associate inspector"; what the roster says of either. */
        public String inspectorateAndRole() {
            return String.join(", ", java.util.stream.Stream.of(inspectorate, role).filter(t -> t != null && !t.isBlank()).toList());
        }

        /** "1 case of 3", "no cases of 3". */
        public String casesText() {
            return (cases.isEmpty() ? "No cases" : Words.count(cases.size(), "case", "cases")) + " of " + capacity;
        }
    }

    public record Interview(String caseId, String inspector, String practitionerId) {
    }

    public record Unassigned(String caseId, String description, String reasons, String message, boolean pinned) {
    }

    /** The timetable cell for a day and a slot. */
    public List<Interview> at(String day, String slot) {
        return timetable.getOrDefault(day + " " + slot, List.of());
    }

    /** "Mon 5 Jan" for a day of the timetable. */
    public static String dayLabel(String isoDay) {
        try {
            return LocalDate.parse(isoDay).format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK));
        } catch (java.time.format.DateTimeParseException e) {
            return isoDay;
        }
    }

    static AllocationBoard from(AllocationReport report, List<Map<String, String>> rows, Map<String, CaseFacts> cases,
            Map<String, InspectorFacts> inspectors, Set<String> pins, List<Download> downloads,
            List<java.time.LocalDateTime> fieldworkSlots) {
        Map<String, Map<String, String>> rowByCase = new LinkedHashMap<>();
        rows.forEach(r -> rowByCase.put(r.getOrDefault("case_id", ""), r));

        List<InspectorGroup> groups = new ArrayList<>();
        if (report != null && !report.inspectors().isEmpty()) {
            for (AllocationReport.InspectorFigures i : report.inspectors()) {
                InspectorFacts facts = inspectors.getOrDefault(i.inspectorId(),
                        new InspectorFacts(i.inspectorId(), "", "", List.of(), i.capacity()));
                List<CaseRow> caseRows = i.cases().stream().map(c -> caseRow(c, rowByCase, cases, pins)).toList();
                groups.add(new InspectorGroup(i.inspectorId(), facts.name(), facts.inspectorate(), facts.role(), facts.skills(),
                        caseRows, i.weightedLoad(), i.capacity(), (int) Math.round(i.relativeLoad() * 100)));
            }
        } else {
            // No report yet (first best solution not saved): group the rows by inspector.
            Map<String, List<CaseRow>> byInspector = new LinkedHashMap<>();
            inspectors.keySet().forEach(id -> byInspector.put(id, new ArrayList<>()));
            rowByCase.forEach((caseId, r) -> {
                String inspector = r.getOrDefault("inspector_id", "");
                if (!inspector.isEmpty()) {
                    byInspector.computeIfAbsent(inspector, k -> new ArrayList<>()).add(caseRow(caseId, rowByCase, cases, pins));
                }
            });
            byInspector.forEach((id, caseRows) -> {
                InspectorFacts facts = inspectors.getOrDefault(id, new InspectorFacts(id, "", "", List.of(), 0));
                groups.add(new InspectorGroup(id, facts.name(), facts.inspectorate(), facts.role(), facts.skills(), caseRows,
                        caseRows.size(), facts.capacity(),
                        facts.capacity() == 0 ? 0 : Math.round(caseRows.size() * 100f / facts.capacity())));
            });
        }

        // Every slot of the fieldwork is a row and column of the timetable, used or not, so a case can be moved into it.
        Set<String> days = new TreeSet<>();
        Set<String> slots = new TreeSet<>();
        List<SlotChoice> slotChoices = new ArrayList<>();
        for (java.time.LocalDateTime slot : fieldworkSlots) {
            days.add(slot.toLocalDate().toString());
            slots.add(slot.toLocalTime().toString());
            slotChoices.add(new SlotChoice(slot.toLocalDate() + "T" + slot.toLocalTime(),
                    dayLabel(slot.toLocalDate().toString()) + " at " + slot.toLocalTime()));
        }
        Map<String, List<Interview>> timetable = new LinkedHashMap<>();
        rowByCase.forEach((caseId, r) -> {
            String day = r.getOrDefault("interview_date", "");
            String slot = r.getOrDefault("interview_time", "");
            if (!day.isEmpty() && !slot.isEmpty()) {
                days.add(day);
                slots.add(slot);
                CaseFacts facts = cases.get(caseId);
                String inspectorId = r.getOrDefault("inspector_id", "");
                InspectorFacts inspector = inspectors.get(inspectorId);
                timetable.computeIfAbsent(day + " " + slot, k -> new ArrayList<>()).add(new Interview(caseId,
                        inspector == null ? inspectorId : inspector.name(), facts == null ? "" : facts.practitionerId()));
            }
        });

        List<Unassigned> unassigned = new ArrayList<>();
        if (report != null) {
            for (UnassignedCase u : report.unassigned()) {
                unassigned.add(new Unassigned(u.caseId(), description(cases, u.caseId()),
                        String.join("; ", u.reasons().stream().map(AllocationBoard::reason).toList()),
                        Words.codesIn(u.message()), pins.contains(u.caseId())));
            }
        } else {
            rowByCase.forEach((caseId, r) -> {
                if (r.getOrDefault("inspector_id", "").isEmpty()) {
                    unassigned.add(new Unassigned(caseId, description(cases, caseId), reasons(r.getOrDefault("reason", "")), "",
                            pins.contains(caseId)));
                }
            });
        }

        List<ConstraintRow> constraints = new ArrayList<>();
        if (report != null) {
            for (AllocationReport.ConstraintFigures c : report.constraints()) {
                List<String> matches = c.matches().stream().map(m -> match(m, inspectors)).toList();
                constraints.add(ConstraintRow.of(c.name(), c.level(), c.matchCount(), c.score(), matches, "case"));
            }
        }

        int total = report != null ? report.score().totalCases() : rows.size();
        int assigned = report != null ? report.score().assignedCases()
                : (int) rows.stream().filter(r -> !r.getOrDefault("inspector_id", "").isEmpty()).count();
        return new AllocationBoard(headline(assigned, total, groups, constraints), assigned, total, groups,
                List.copyOf(days), List.copyOf(slots), timetable, unassigned, constraints,
                AllocationPreferences.of(report, inspectors, cases), downloads, slotChoices);
    }

    /**
     * The worst of: hard rules broken or cases not allocated (red), inspectors over capacity by weighted
     * load (orange); green only when every case is allocated, every hard rule kept and nobody overloaded.
     */
    static Headline headline(int assigned, int total, List<InspectorGroup> groups, List<ConstraintRow> constraints) {
        List<String> findings = new ArrayList<>();
        int missing = total - assigned;
        List<ConstraintRow> broken = constraints.stream().filter(c -> c.kind().equals("Hard rule") && c.severity().equals("red")).toList();
        List<InspectorGroup> overloaded = groups.stream().filter(InspectorGroup::overloaded)
                .sorted(Comparator.comparingInt(InspectorGroup::loadPercent).reversed()).toList();
        if (missing > 0) {
            findings.add(Words.number(missing) + " of " + Words.count(total, "case", "cases") + " not allocated: see the unassigned cases for why.");
        }
        for (ConstraintRow c : broken) {
            findings.add("Hard rule broken: " + c.name() + " (" + Words.count(c.matchCount(), "time", "times") + ").");
        }
        if (!overloaded.isEmpty()) {
            findings.add(Words.count(overloaded.size(), "inspector", "inspectors") + " over capacity by weighted load: "
                    + String.join(", ", overloaded.stream().map(g -> g.name() + " " + g.loadPercent() + "%").toList()) + ".");
        }
        if (missing > 0) {
            return new Headline("red", Words.number(missing) + " of " + Words.count(total, "case", "cases") + " not allocated", findings);
        }
        if (!broken.isEmpty()) {
            return new Headline("red", "Every case allocated, but " + Words.count(broken.size(), "hard rule", "hard rules") + " broken", findings);
        }
        if (!overloaded.isEmpty()) {
            return new Headline("orange", "Every case allocated, but " + Words.count(overloaded.size(), "inspector", "inspectors")
                    + " over capacity", findings);
        }
        return new Headline("green", total == 0 ? "The sample has no cases to allocate"
                : "All " + Words.count(total, "case", "cases") + " allocated, every hard rule kept, nobody over capacity", findings);
    }

    private static CaseRow caseRow(String caseId, Map<String, Map<String, String>> rowByCase, Map<String, CaseFacts> cases,
            Set<String> pins) {
        Map<String, String> row = rowByCase.getOrDefault(caseId, Map.of());
        CaseFacts facts = cases.getOrDefault(caseId, new CaseFacts("", "", ""));
        String day = row.getOrDefault("interview_date", "");
        String time = row.getOrDefault("interview_time", "");
        String interview = day.isEmpty() ? "No interview" : dayLabel(day) + " at " + time;
        return new CaseRow(caseId, facts.description(), facts.office(), facts.practitionerId(), day, time, interview, pins.contains(caseId));
    }

    private static String description(Map<String, CaseFacts> cases, String caseId) {
        CaseFacts facts = cases.get(caseId);
        return facts == null ? "" : facts.description();
    }

    /** A match of a constraint in words, inspectors by name. */
    private static String match(AllocationReport.MatchFigures m, Map<String, InspectorFacts> inspectors) {
        List<String> parts = new ArrayList<>();
        if (!m.cases().isEmpty()) {
            parts.add((m.cases().size() == 1 ? "case " : "cases ") + String.join(", ", m.cases()));
        }
        if (!m.inspectors().isEmpty()) {
            parts.add(String.join(", ", m.inspectors().stream()
                    .map(id -> inspectors.containsKey(id) ? inspectors.get(id).name() : id).toList()));
        }
        m.facts().forEach(f -> parts.add(Words.codesIn(f.startsWith("day ") ? "day " + Words.date(f.substring(4)) : f)));
        return String.join("; ", parts);
    }

    private static String reasons(String codes) {
        List<String> words = new ArrayList<>();
        for (String code : codes.split(";")) {
            if (!code.isBlank()) {
                try {
                    words.add(reason(UnassignedReason.valueOf(code.trim())));
                } catch (IllegalArgumentException e) {
                    words.add(Words.code(code.trim()));
                }
            }
        }
        return String.join("; ", words);
    }

    static String reason(UnassignedReason reason) {
        return reason.words();
    }
}
