package org.inspectionplanner.web.page;

import java.util.List;
import java.util.Locale;

/**
 * One solver constraint as the result pages show it: its name, what kind of rule it is and what it
 * came to, in words. Weights and raw scores stay in report.json.
 */
public record ConstraintRow(String name, String kind, int matchCount, String outcome, String severity, List<String> matches) {

    /** A constraint's score given as text: a number, or a whole score ("0hard/-3medium/0soft") read at the level. */
    public static long atLevel(String score, String level) {
        if (score == null || score.isBlank()) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+)" + level.toLowerCase(Locale.ROOT)).matcher(score);
        if (m.find()) {
            return Long.parseLong(m.group(1));
        }
        try {
            return Long.parseLong(score.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * @param level HARD, MEDIUM or SOFT
     * @param score the constraint's score at its level (0 or negative)
     * @param one what a medium-level match leaves out, e.g. "case" (plural with an s)
     */
    public static ConstraintRow of(String name, String level, int matchCount, long score, List<String> matches, String one) {
        String lvl = level == null ? "" : level.toUpperCase(Locale.ROOT);
        return switch (lvl) {
            case "HARD" -> new ConstraintRow(name, "Hard rule", matchCount,
                    score < 0 ? "Broken " + Words.count(matchCount, "time", "times") : "Kept", score < 0 ? "red" : "green", matches);
            case "MEDIUM" -> new ConstraintRow(name, "Must be planned", matchCount,
                    score < 0 ? Words.count(matchCount, one, one + "s") + " left out" : "Nothing left out",
                    score < 0 ? "red" : "green", matches);
            default -> new ConstraintRow(name, "Preference", matchCount,
                    score < 0 ? "Not fully met (" + Words.count(matchCount, "instance", "instances") + ")" : "Met",
                    score < 0 ? "grey" : "green", matches);
        };
    }
}
