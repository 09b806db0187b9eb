package org.inspectionplanner.data.io;

import static org.inspectionplanner.data.io.MojLongList.CRN;
import static org.inspectionplanner.data.io.MojLongList.DOB;
import static org.inspectionplanner.data.io.MojLongList.END_DATE;
import static org.inspectionplanner.data.io.MojLongList.FAMILY_NAME;
import static org.inspectionplanner.data.io.MojLongList.FIELDS;
import static org.inspectionplanner.data.io.MojLongList.FIRST_NAME;
import static org.inspectionplanner.data.io.MojLongList.GENDER;
import static org.inspectionplanner.data.io.MojLongList.LDU;
import static org.inspectionplanner.data.io.MojLongList.PASSED_THROUGH;
import static org.inspectionplanner.data.io.MojLongList.PNC;
import static org.inspectionplanner.data.io.MojLongList.RESPONSIBLE_OFFICER;
import static org.inspectionplanner.data.io.MojLongList.ROSH;
import static org.inspectionplanner.data.io.MojLongList.SENTENCE_TYPE;
import static org.inspectionplanner.data.io.MojLongList.START_DATE;
import static org.inspectionplanner.data.io.MojLongList.TEAM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;

/**
 * Maps long-list rows, from CSV or JSON, onto case records:
 * crn is the case_id (a repeated crn gets {@code /2}, {@code /3}... in file order, and is the same
 * person), the person is matched by {@link SamePerson}, ldu is the PDU, team the office,
 * responsibleOfficer the practitioner; a {@code *} in a name marks a restricted-access case. Names
 * are used only for matching and that flag: never kept, never written.
 */
final class MojCases {

    private static final Map<String, RiskLevel> ROSH_CODES = Map.of(
            "RLRH", RiskLevel.LOW, "RMRH", RiskLevel.MEDIUM, "RHRH", RiskLevel.HIGH, "RVRH", RiskLevel.VERY_HIGH,
            "LOW", RiskLevel.LOW, "MEDIUM", RiskLevel.MEDIUM, "HIGH", RiskLevel.HIGH,
            "VERY_HIGH", RiskLevel.VERY_HIGH, "VERY HIGH", RiskLevel.VERY_HIGH);

    /**
     * Every sentence type the MoJ tool accepts, its enum names and their aliases, mapped as it maps
     * them: it knows only a community and a post-custody sentence, so its bare names become a
     * community order and a licence (the same strata in both tools), while its aliases keep the
     * detail they carry. Looked up ignoring case.
     */
    static final Map<String, SentenceType> MOJ_SENTENCE_TYPES = Map.of(
            "community_sentence", SentenceType.COMMUNITY_ORDER,
            "ora community order", SentenceType.COMMUNITY_ORDER,
            "ora suspended sentence order", SentenceType.SUSPENDED_SENTENCE_ORDER,
            "cja - youth rehabilitation order", SentenceType.COMMUNITY_ORDER,
            "post_custody", SentenceType.LICENCE,
            "adult licence", SentenceType.LICENCE,
            "ora supervision default order", SentenceType.POST_SENTENCE_SUPERVISION);

    private final List<CaseRecord> cases = new ArrayList<>();
    private final List<Map<String, String>> extras = new ArrayList<>();
    private final Map<String, Integer> crnCount = new HashMap<>();
    private final SamePerson people = new SamePerson();

    boolean isEmpty() {
        return cases.isEmpty();
    }

    void add(MojLongList.Row r, Map<String, String> unknown) {
        String crn = required(r, CRN);
        String pdu = required(r, LDU);
        String office = required(r, TEAM);
        String practitioner = r.get(RESPONSIBLE_OFFICER);
        SentenceType type = sentenceType(r);
        LocalDate start = date(r, START_DATE, true);
        LocalDate end = date(r, END_DATE, false);
        LocalDate dob = date(r, DOB, true);
        Gender gender = gender(r);
        RiskLevel rosh = rosh(r);
        if (start != null && end != null && end.isBefore(start)) {
            r.problem(END_DATE, "endDate " + end + " is before startDate " + start);
        }
        if (start != null && dob != null && !dob.isBefore(start)) {
            r.problem(DOB, "dob " + dob + " is not before startDate " + start);
        }
        String family = r.get(FAMILY_NAME);
        String first = r.get(FIRST_NAME);
        boolean restricted = SamePerson.redacted(family) || SamePerson.redacted(first);
        if (!people.add(crn, r.get(PNC), family, first, dob)) {
            r.problem(PNC, "pnc is blank, and familyName, firstName and dob are not all given;"
                    + " one or the other is needed to tell who the person is");
        }
        int n = crnCount.merge(crn, 1, Integer::sum);
        String caseId = n == 1 ? crn : crn + "/" + n;
        Map<String, String> extra = new LinkedHashMap<>();
        for (int f : PASSED_THROUGH) {
            extra.put(FIELDS.get(f), r.get(f));
        }
        extra.putAll(unknown);
        cases.add(new CaseRecord(caseId, "", pdu, office, practitioner.isEmpty() ? null : practitioner,
                type, Set.of(), start, end, null, dob, gender, null, rosh, null, 0, 0,
                false, false, false, false, false, null, null, Map.of(), restricted));
        extras.add(extra);
    }

    /** The cases with their person ids and the extra columns the file has, in file order. */
    Caseload caseload(String source, List<String> extraColumns) {
        List<String> personIds = people.personIds();
        List<CaseRecord> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            CaseRecord c = cases.get(i);
            Map<String, String> all = extras.get(i);
            Map<String, String> kept = new LinkedHashMap<>();
            for (String column : extraColumns) {
                kept.put(column, all.getOrDefault(column, ""));
            }
            out.add(new CaseRecord(c.caseId(), personIds.get(i), c.pdu(), c.office(), c.practitionerId(),
                    c.sentenceType(), c.requirements(), c.startDate(), c.terminationDate(), c.sentenceMonths(),
                    c.dateOfBirth(), c.gender(), c.ethnicity(), c.rosh(), c.likelihoodOfReoffending(),
                    c.mappaCategory(), c.mappaLevel(), c.underReview(), c.welshLanguage(), c.domesticAbuse(),
                    c.childProtection(), c.recalled(), c.releasedFrom(), c.previousSanctions(),
                    kept.isEmpty() ? Map.of() : Collections.unmodifiableMap(kept), c.restrictedAccess()));
        }
        return new Caseload(source, extraColumns, out);
    }

    private static String required(MojLongList.Row r, int f) {
        String s = r.get(f);
        if (s.isEmpty()) {
            r.problem(f, FIELDS.get(f) + " is missing or blank; a value is required");
        }
        return s;
    }

    private static LocalDate date(MojLongList.Row r, int f, boolean required) {
        String s = required ? required(r, f) : r.get(f);
        if (s.isEmpty()) {
            return null;
        }
        int key = Cells.dateKey(s);
        if (key < 0) {
            r.problem(f, FIELDS.get(f) + " " + Cells.quote(s) + " is not valid; expected a date as dd/MM/yyyy"
                    + " (or yyyy-MM-dd)");
            return null;
        }
        if (!Cells.inRange(key)) {
            r.problem(f, FIELDS.get(f) + " " + Cells.quote(s) + " is not valid; " + Cells.DATE_RANGE);
            return null;
        }
        return Cells.fromKey(key);
    }

    private static Gender gender(MojLongList.Row r) {
        String s = r.get(GENDER).toUpperCase(Locale.ROOT);
        switch (s) {
            case "M": case "MALE":
                return Gender.MALE;
            case "F": case "FEMALE":
                return Gender.FEMALE;
            case "O": case "OTHER":
                return Gender.OTHER;
            case "": case "U": case "N": case "UNKNOWN": case "NOT KNOWN": case "NOT RECORDED":
                return null;
            default:
                r.problem(GENDER, "gender " + Cells.quote(r.get(GENDER)) + " is not valid; expected M, F or O"
                        + " (or Male, Female, Other), or blank, U, N, Unknown or Not Known when not recorded");
                return null;
        }
    }

    private static RiskLevel rosh(MojLongList.Row r) {
        String s = r.get(ROSH);
        if (s.isEmpty()) {
            return null;
        }
        RiskLevel level = ROSH_CODES.get(s.toUpperCase(Locale.ROOT));
        if (level == null) {
            r.problem(ROSH, "roshClassification " + Cells.quote(s) + " is not valid; expected LOW, MEDIUM, HIGH,"
                    + " VERY_HIGH or an nDelius code RLRH, RMRH, RHRH, RVRH");
        }
        return level;
    }

    private static SentenceType sentenceType(MojLongList.Row r) {
        String label = required(r, SENTENCE_TYPE);
        if (label.isEmpty()) {
            return null;
        }
        SentenceType t = sentenceTypeOf(label);
        if (t == null) {
            r.problem(SENTENCE_TYPE, "sentenceType " + Cells.quote(label) + " is not a sentence this tool knows;"
                    + " expected the MoJ sampler's COMMUNITY_SENTENCE or POST_CUSTODY, a label naming a community"
                    + " order, suspended sentence order, youth rehabilitation order, licence or custody,"
                    + " post-sentence supervision or supervision default order, or one of the project's names");
        }
        return t;
    }

    /**
     * The sentence a long-list label means, or null. Checked in this order: the MoJ tool's own values
     * ({@link #MOJ_SENTENCE_TYPES}); the project's own names; then by what the label says:
     * "suspended" is a suspended sentence order; "supervision default" or "post sentence supervision"
     * or "PSS" alone is post-sentence supervision (a supervision default order is imposed for breach
     * of PSS); "licence" or "custody" is a licence; "community order", "youth rehabilitation order"
     * or "community sentence" is a community order.
     */
    static SentenceType sentenceTypeOf(String label) {
        SentenceType moj = MOJ_SENTENCE_TYPES.get(label.toLowerCase(Locale.ROOT));
        if (moj != null) {
            return moj;
        }
        SentenceType exact = CaseloadCsv.SENTENCE_TYPES.find(label);
        if (exact != null) {
            return exact;
        }
        String l = label.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (l.contains("suspended")) {
            return SentenceType.SUSPENDED_SENTENCE_ORDER;
        }
        if (l.contains("supervision default") || l.contains("post sentence supervision") || l.equals("pss")) {
            return SentenceType.POST_SENTENCE_SUPERVISION;
        }
        if (l.contains("licence") || l.contains("license") || l.contains("custody")) {
            return SentenceType.LICENCE;
        }
        if (l.contains("community order") || l.contains("youth rehabilitation order") || l.contains("community sentence")) {
            return SentenceType.COMMUNITY_ORDER;
        }
        return null;
    }
}
