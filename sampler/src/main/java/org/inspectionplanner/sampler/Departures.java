package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * Every way the final sample departs from the method's own selection (the published cohort, census or
 * proportional draw): one entry per case added (quota boost, top-up) or moved out (practitioner cap,
 * target), with the rule that caused it, and one plain sentence summing them up.
 */
final class Departures {

    /** The rule behind a departure; the added ones match the case's selection marks. */
    enum Rule {
        BOOST_FEMALE("to meet the minimum for women"),
        BOOST_ETHNIC_MINORITY("to meet the minimum for ethnic-minority cases"),
        BOOST_HIGH_ROSH("to meet the minimum for high-RoSH cases"),
        TOP_UP("by the top-up to the target"),
        PRACTITIONER_CAP("by the cap per practitioner"),
        TARGET("by the target");

        private final String words;

        Rule(String words) {
            this.words = words;
        }

        static Rule of(Selection mark) {
            return switch (mark) {
                case BOOST_FEMALE -> BOOST_FEMALE;
                case BOOST_ETHNIC_MINORITY -> BOOST_ETHNIC_MINORITY;
                case BOOST_HIGH_ROSH -> BOOST_HIGH_ROSH;
                case TOP_UP -> TOP_UP;
                case COHORT, STRATIFIED -> null;
            };
        }
    }

    static final String ADDED = "ADDED";
    static final String MOVED_TO_RESERVES = "MOVED_TO_RESERVES";

    private Departures() {
    }

    /** The departures of a finished draw, by case_id (added, then moved). */
    static List<SampleReport.Deviation> of(Draw draw) {
        List<SampleReport.Deviation> out = new ArrayList<>();
        Map<String, List<String>> added = new TreeMap<>();
        draw.selected.forEach((c, marks) -> {
            if (!marks.contains(Selection.COHORT) && !marks.contains(Selection.STRATIFIED)) {
                added.put(c.caseId(), rules(marks));
            }
        });
        added.forEach((id, rules) -> out.add(new SampleReport.Deviation(id, ADDED, rules)));
        Map<String, Rule> moved = new TreeMap<>();
        for (Map.Entry<CaseRecord, Rule> e : draw.movedOut.entrySet()) {
            moved.put(e.getKey().caseId(), e.getValue());
        }
        moved.forEach((id, rule) -> out.add(new SampleReport.Deviation(id, MOVED_TO_RESERVES, List.of(rule.name()))));
        return out;
    }

    private static List<String> rules(Set<Selection> marks) {
        List<String> out = new ArrayList<>();
        for (Selection m : EnumSet.copyOf(marks)) {
            Rule r = Rule.of(m);
            if (r != null) {
                out.add(r.name());
            }
        }
        return out;
    }

    /**
     * One sentence for the console and the sample page, e.g. "The sample departs from the published
     * cohort: 3 cases added to meet the minimum for women; 2 cases moved to reserves by the cap of 6 per
     * practitioner." Null when the sample is exactly the method's selection.
     */
    static String summary(SamplingMethod method, List<SampleReport.Deviation> deviations, Integer cap, Integer target) {
        if (deviations.isEmpty()) {
            return null;
        }
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (SampleReport.Deviation d : deviations) {
            String why;
            if (d.change().equals(ADDED)) {
                why = "added " + addedWords(d.rules(), target);
            } else {
                Rule rule = Rule.valueOf(d.rules().get(0));
                why = "moved to reserves " + (rule == Rule.PRACTITIONER_CAP ? "by the cap of " + cap + " per practitioner"
                        : "by the target of " + target);
            }
            parts.merge(why, 1, Integer::sum);
        }
        return "The sample departs from " + publishedSelection(method) + ": " + parts.entrySet().stream()
                .map(e -> e.getValue() + (e.getValue() == 1 ? " case " : " cases ") + e.getKey())
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String addedWords(List<String> rules, Integer target) {
        if (rules.equals(List.of(Rule.TOP_UP.name()))) {
            return "by the top-up to the target of " + target;
        }
        List<String> kinds = new ArrayList<>();
        for (String r : rules) {
            switch (Rule.valueOf(r)) {
                case BOOST_FEMALE -> kinds.add("women");
                case BOOST_ETHNIC_MINORITY -> kinds.add("ethnic-minority cases");
                case BOOST_HIGH_ROSH -> kinds.add("high-RoSH cases");
                default -> { }
            }
        }
        return kinds.size() == 1 ? Rule.valueOf(rules.get(0)).words
                : "to meet the minimums for " + String.join(" and ", kinds);
    }

    /** What the method's own selection is called in plain words. */
    static String publishedSelection(SamplingMethod method) {
        return switch (method) {
            case PDU_COHORT -> "the published cohort";
            case QUALITY_IMPACT, OMI2 -> "the proportional stratified draw";
            case ROSH_THEMATIC -> "the published census of every eligible case";
            case STRATIFIED_SHORTLIST -> "the proportional shortlist";
        };
    }
}
