package org.inspectionplanner.web.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspectionplanner.web.job.JobKind;

/**
 * A solver score ("0hard/-33medium/-2677000soft") in words for the pages: whether the hard rules are kept
 * and whether everything was planned. The soft level (the weighted cost of the preferences) is a number
 * nobody can read, so it is not said here: the result pages say what the preferences came to in their own
 * terms ({@link PreferenceLine}), and the raw score only in a section for auditors, the API and the downloads.
 */
public record ScoreWords(boolean known, long hard, long medium, long soft, String summary, String severity) {

    private static final Pattern SCORE = Pattern.compile(
            "(?:(-?\\d+)init/)?(-?\\d+)hard/(?:(-?\\d+)medium/)?(-?\\d+)soft");

    public static ScoreWords of(JobKind kind, String score) {
        Matcher m = score == null ? null : SCORE.matcher(score.trim());
        if (m == null || !m.matches()) {
            return new ScoreWords(false, 0, 0, 0, "No plan yet", "none");
        }
        long hard = Long.parseLong(m.group(2));
        long medium = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        long soft = Long.parseLong(m.group(4));
        String things = kind == JobKind.SCHEDULE ? "inspections not scheduled" : "cases not allocated";
        StringBuilder s = new StringBuilder();
        s.append(hard < 0 ? "Breaks hard rules" : "Keeps every hard rule");
        s.append(medium < 0 ? "; some " + things : kind == JobKind.SCHEDULE ? "; every inspection scheduled" : "; every case allocated");
        String severity = hard < 0 ? "red" : medium < 0 ? "orange" : "green";
        return new ScoreWords(true, hard, medium, soft, s.toString(), severity);
    }
}
