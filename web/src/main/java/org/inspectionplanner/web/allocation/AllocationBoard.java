package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.web.page.Download;

/**
 * The allocation result page: a column per inspector with case cards and a load bar, the interview
 * timetable (days by slots), the unassigned cases with reasons, and the constraint breakdown.
 * Built from the planner's {@code report.json} and {@code allocation.csv}, the roster and the sample.
 */
public record AllocationBoard(
        String score,
        boolean feasible,
        int assignedCases,
        int totalCases,
        List<Column> columns,
        List<String> days,
        List<String> slots,
        Map<String, List<Interview>> timetable,
        List<Unassigned> unassigned,
        List<ConstraintLine> constraints,
        List<Download> downloads) {

    /** What the board knows about one case from the sample. */
    public record CaseFacts(String office, String practitionerId) {
    }

    /** What the board knows about one inspector from the roster. */
    public record InspectorFacts(String name, List<String> skills, int capacity) {
    }

    public record Card(String caseId, String office, String practitionerId, String interview, boolean pinned) {
    }

    public record Column(String inspectorId, String name, List<String> skills, List<Card> cards, double weightedLoad,
            int capacity, int loadPercent, List<String> daysUsed, List<String> offices) {

        public boolean overCapacity() {
            return cards.size() > capacity;
        }

        /** The bar's width, capped at the bar. */
        public int barPercent() {
            return Math.min(100, loadPercent);
        }
    }

    public record Interview(String caseId, String inspectorId, String practitionerId) {
    }

    public record Unassigned(String caseId, String reasons, String message, boolean pinned) {
    }

    public record ConstraintLine(String name, String level, String weight, int matchCount, String score, List<String> matches) {
    }

    /** The timetable cell for a day and a slot. */
    public List<Interview> at(String day, String slot) {
        return timetable.getOrDefault(day + " " + slot, List.of());
    }

    static AllocationBoard from(JsonNode report, List<Map<String, String>> rows, Map<String, CaseFacts> cases,
            Map<String, InspectorFacts> inspectors, Set<String> pins, List<Download> downloads) {
        Map<String, Map<String, String>> rowByCase = new LinkedHashMap<>();
        rows.forEach(r -> rowByCase.put(r.getOrDefault("case_id", ""), r));

        List<Column> columns = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (JsonNode i : report.path("inspectors")) {
            String id = i.path("inspector_id").asText();
            seen.add(id);
            InspectorFacts facts = inspectors.getOrDefault(id, new InspectorFacts(id, List.of(), i.path("capacity").asInt()));
            List<Card> cards = new ArrayList<>();
            for (JsonNode c : i.path("cases")) {
                cards.add(card(c.asText(), rowByCase, cases, pins));
            }
            int capacity = i.path("capacity").asInt(facts.capacity());
            columns.add(new Column(id, facts.name(), facts.skills(), cards, i.path("weighted_load").asDouble(),
                    capacity, (int) Math.round(i.path("relative_load").asDouble() * 100), strings(i.path("days_used")),
                    strings(i.path("offices"))));
        }
        if (columns.isEmpty()) {
            // No report yet (first best solution not saved): build the columns from the rows.
            Map<String, List<Card>> byInspector = new LinkedHashMap<>();
            inspectors.keySet().forEach(id -> byInspector.put(id, new ArrayList<>()));
            rowByCase.forEach((caseId, r) -> {
                String inspector = r.getOrDefault("inspector_id", "");
                if (!inspector.isEmpty()) {
                    byInspector.computeIfAbsent(inspector, k -> new ArrayList<>()).add(card(caseId, rowByCase, cases, pins));
                }
            });
            byInspector.forEach((id, cards) -> {
                InspectorFacts facts = inspectors.getOrDefault(id, new InspectorFacts(id, List.of(), 0));
                columns.add(new Column(id, facts.name(), facts.skills(), cards, cards.size(), facts.capacity(),
                        facts.capacity() == 0 ? 0 : Math.round(cards.size() * 100f / facts.capacity()), List.of(), List.of()));
            });
        }

        Set<String> days = new TreeSet<>();
        Set<String> slots = new TreeSet<>();
        Map<String, List<Interview>> timetable = new LinkedHashMap<>();
        rowByCase.forEach((caseId, r) -> {
            String day = r.getOrDefault("interview_date", "");
            String slot = r.getOrDefault("interview_time", "");
            if (!day.isEmpty() && !slot.isEmpty()) {
                days.add(day);
                slots.add(slot);
                CaseFacts facts = cases.get(caseId);
                timetable.computeIfAbsent(day + " " + slot, k -> new ArrayList<>()).add(new Interview(caseId,
                        r.getOrDefault("inspector_id", ""), facts == null ? "" : facts.practitionerId()));
            }
        });

        List<Unassigned> unassigned = new ArrayList<>();
        for (JsonNode u : report.path("unassigned")) {
            String caseId = u.path("case_id").asText();
            unassigned.add(new Unassigned(caseId, String.join(", ", strings(u.path("reasons"))), u.path("message").asText(),
                    pins.contains(caseId)));
        }
        if (report.path("unassigned").isMissingNode()) {
            rowByCase.forEach((caseId, r) -> {
                if (r.getOrDefault("inspector_id", "").isEmpty()) {
                    unassigned.add(new Unassigned(caseId, r.getOrDefault("reason", ""), "", pins.contains(caseId)));
                }
            });
        }

        List<ConstraintLine> constraints = new ArrayList<>();
        for (JsonNode c : report.path("constraints")) {
            List<String> matches = new ArrayList<>();
            for (JsonNode m : c.path("matches")) {
                List<String> parts = new ArrayList<>();
                if (!m.path("cases").isEmpty()) {
                    parts.add("cases " + String.join(", ", strings(m.path("cases"))));
                }
                if (!m.path("inspectors").isEmpty()) {
                    parts.add("inspectors " + String.join(", ", strings(m.path("inspectors"))));
                }
                if (!m.path("facts").isEmpty()) {
                    parts.add(String.join(", ", strings(m.path("facts"))));
                }
                if (m.has("description")) {
                    parts.add(m.path("description").asText());
                }
                parts.add("score " + m.path("score").asText());
                matches.add(String.join("; ", parts));
            }
            constraints.add(new ConstraintLine(c.path("name").asText(), c.path("level").asText(), c.path("weight").asText(),
                    c.path("match_count").asInt(), c.path("score").asText(), matches));
        }

        JsonNode score = report.path("score");
        String scoreText = score.isObject()
                ? score.path("hard").asLong() + "hard/" + score.path("medium").asLong() + "medium/" + score.path("soft").asLong() + "soft"
                : score.asText("");
        int assigned = score.path("assigned_cases").asInt((int) rows.stream().filter(r -> !r.getOrDefault("inspector_id", "").isEmpty()).count());
        int total = score.path("total_cases").asInt(rows.size());
        return new AllocationBoard(scoreText, score.path("feasible").asBoolean(unassigned.isEmpty()), assigned, total,
                columns, List.copyOf(days), List.copyOf(slots), timetable, unassigned, constraints, downloads);
    }

    private static Card card(String caseId, Map<String, Map<String, String>> rowByCase, Map<String, CaseFacts> cases,
            Set<String> pins) {
        Map<String, String> row = rowByCase.getOrDefault(caseId, Map.of());
        CaseFacts facts = cases.getOrDefault(caseId, new CaseFacts("", ""));
        String day = row.getOrDefault("interview_date", "");
        String time = row.getOrDefault("interview_time", "");
        String interview = day.isEmpty() ? "no interview" : "interview " + day + " " + time;
        return new Card(caseId, facts.office(), facts.practitionerId(), interview, pins.contains(caseId));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
