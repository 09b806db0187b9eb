package org.inspectionplanner.data.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a caseload holds, for the {@code validate} command and the web service's dataset pages:
 * counts only, never a case's personal fields. {@code missing} counts blank values of every
 * optional column that has a "not recorded" state, in file column order.
 */
public record CaseloadSummary(
        int rows,
        int people,
        Map<String, Integer> casesPerPdu,
        LocalDate firstStart,
        LocalDate lastStart,
        Map<SentenceType, Integer> sentenceTypes,
        Map<String, Integer> missing) {

    public CaseloadSummary {
        casesPerPdu = Collections.unmodifiableMap(new TreeMap<>(casesPerPdu));
        sentenceTypes = Collections.unmodifiableMap(new EnumMap<>(sentenceTypes));
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    public static CaseloadSummary of(Caseload caseload) {
        List<CaseRecord> cases = caseload.cases();
        Map<String, Integer> perPdu = new TreeMap<>();
        Map<SentenceType, Integer> types = new EnumMap<>(SentenceType.class);
        Set<String> people = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (CaseRecord c : cases) {
            perPdu.merge(c.pdu(), 1, Integer::sum);
            types.merge(c.sentenceType(), 1, Integer::sum);
            people.add(c.personId());
            if (first == null || c.startDate().isBefore(first)) {
                first = c.startDate();
            }
            if (last == null || c.startDate().isAfter(last)) {
                last = c.startDate();
            }
        }
        Map<String, Integer> missing = new LinkedHashMap<>();
        count(missing, cases, "practitioner_id", c -> !c.hasPractitioner());
        count(missing, cases, "requirements", c -> c.sentenceType().isCommunity() && c.requirements().isEmpty());
        count(missing, cases, "termination_date", c -> c.terminationDate() == null);
        count(missing, cases, "sentence_months", c -> c.sentenceMonths() == null);
        count(missing, cases, "gender", c -> c.gender() == null);
        count(missing, cases, "ethnicity", c -> c.ethnicity() == null);
        count(missing, cases, "rosh", c -> c.rosh() == null);
        count(missing, cases, "likelihood_of_reoffending", c -> c.likelihoodOfReoffending() == null);
        count(missing, cases, "released_from", c -> c.sentenceType().isPostCustody() && c.releasedFrom() == null);
        count(missing, cases, "previous_sanctions", c -> c.previousSanctions() == null);
        return new CaseloadSummary(cases.size(), people.size(), perPdu, first, last, types, missing);
    }

    private static void count(Map<String, Integer> into, List<CaseRecord> cases, String column, Predicate<CaseRecord> blank) {
        int n = 0;
        for (CaseRecord c : cases) {
            if (blank.test(c)) {
                n++;
            }
        }
        into.put(column, n);
    }

    public int pdus() {
        return casesPerPdu.size();
    }

    /** The summary as short lines of text. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("rows: " + rows + " (" + people + " people)");
        lines.add("PDUs: " + pdus() + (casesPerPdu.isEmpty() ? "" : " " + casesPerPdu));
        lines.add("start_date: " + (firstStart == null ? "none" : firstStart + " to " + lastStart));
        lines.add("sentence types: " + sentenceTypes);
        lines.add("missing values (requirements counted for community sentences, released_from for"
                + " post-custody ones):");
        missing.forEach((column, n) -> lines.add("  " + column + ": " + n));
        return lines;
    }
}
