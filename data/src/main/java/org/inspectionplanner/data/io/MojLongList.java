package org.inspectionplanner.data.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * The long-list layout of the Ministry of Justice's public probation case sampler, as a JSON array
 * of objects or as CSV, mapped onto the project's caseload model (see docs/formats.md):
 * crn is the case_id (a repeated crn gets {@code /2}, {@code /3}... in file order), the PNC number
 * or else a hash of name and date of birth is the person_id, ldu the PDU, team the office,
 * responsibleOfficer the practitioner. Names are used only for that hash: never kept, never written.
 * cluster, manager, officer and any unknown fields become extra columns.
 */
public final class MojLongList {

    public static final List<String> FIELDS = List.of("crn", "pnc", "familyName", "firstName", "dob", "gender",
            "sentenceType", "roshClassification", "startDate", "endDate", "cluster", "ldu", "team",
            "responsibleOfficer", "manager", "officer");
    private static final List<String> REQUIRED = List.of("crn", "dob", "sentenceType", "startDate", "ldu", "team");

    private static final int CRN = 0;
    private static final int PNC = 1;
    private static final int FAMILY_NAME = 2;
    private static final int FIRST_NAME = 3;
    private static final int DOB = 4;
    private static final int GENDER = 5;
    private static final int SENTENCE_TYPE = 6;
    private static final int ROSH = 7;
    private static final int START_DATE = 8;
    private static final int END_DATE = 9;
    private static final int CLUSTER = 10;
    private static final int LDU = 11;
    private static final int TEAM = 12;
    private static final int RESPONSIBLE_OFFICER = 13;
    private static final int MANAGER = 14;
    private static final int OFFICER = 15;
    /** Fields carried through as extra columns, in this order, when the file has them. */
    private static final int[] PASSED_THROUGH = {CLUSTER, MANAGER, OFFICER};

    private static final Map<String, RiskLevel> ROSH_CODES = Map.of(
            "RLRH", RiskLevel.LOW, "RMRH", RiskLevel.MEDIUM, "RHRH", RiskLevel.HIGH, "RVRH", RiskLevel.VERY_HIGH,
            "LOW", RiskLevel.LOW, "MEDIUM", RiskLevel.MEDIUM, "HIGH", RiskLevel.HIGH,
            "VERY_HIGH", RiskLevel.VERY_HIGH, "VERY HIGH", RiskLevel.VERY_HIGH);

    private MojLongList() {
    }

    /** Reads a long list, JSON if its first non-blank character is '[' or '{', CSV otherwise. */
    public static Caseload read(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    public static Caseload read(InputStream in, String source) {
        Caseloads.Sniffed sniffed = Caseloads.sniff(in);
        return sniffed.json() ? readJson(sniffed.reader(), source) : readCsv(sniffed.reader(), source);
    }

    public static Caseload readCsv(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, FIELDS, REQUIRED)) {
            Mapper mapper = new Mapper(source);
            CsvRow row = new CsvRow(in);
            while (in.next()) {
                mapper.add(row, in.extras());
            }
            in.finish();
            List<String> extras = new ArrayList<>();
            for (int f : PASSED_THROUGH) {
                if (in.has(f)) {
                    extras.add(FIELDS.get(f));
                }
            }
            extras.addAll(in.extraNames());
            return mapper.caseload(extras);
        }
    }

    public static Caseload readJson(Reader reader, String source) {
        Problems problems = new Problems(source);
        Mapper mapper = new Mapper(source);
        Set<String> unknownNames = new LinkedHashSet<>();
        boolean[] present = new boolean[FIELDS.size()];
        Map<String, Integer> fieldIndex = new HashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            fieldIndex.put(FIELDS.get(i).toLowerCase(Locale.ROOT), i);
        }
        try (JsonParser p = Json.mapper().getFactory().createParser(CsvInput.skipByteOrderMark(reader))) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(at.getLineNr(), at.getColumnNr(), first == null
                        ? "the file is empty; expected a JSON array of case objects"
                        : "expected a JSON array of case objects, found " + first.asString());
                problems.throwIfAny();
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null && !problems.full()) {
                JsonLocation objectAt = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    problems.add(objectAt.getLineNr(), objectAt.getColumnNr(), "expected a case object, found " + t.asString());
                    p.skipChildren();
                    continue;
                }
                JsonRow row = new JsonRow(problems, objectAt);
                Map<String, String> unknown = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    JsonLocation at = p.currentTokenLocation();
                    String text;
                    if (v == JsonToken.VALUE_NULL) {
                        text = "";
                    } else if (v.isScalarValue()) {
                        text = p.getText().trim();
                    } else {
                        problems.add(at.getLineNr(), at.getColumnNr(), "field '" + name + "' holds "
                                + (v == JsonToken.START_ARRAY ? "an array" : "an object") + "; expected text or a number");
                        p.skipChildren();
                        continue;
                    }
                    Integer f = fieldIndex.get(name.toLowerCase(Locale.ROOT));
                    if (f == null) {
                        unknownNames.add(name);
                        unknown.put(name, text);
                    } else {
                        present[f] = true;
                        row.set(f, text, at);
                    }
                }
                mapper.add(row, unknown);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(0, 0, "cannot read the file: " + e.getMessage());
        }
        if (problems.full()) {
            problems.stoppedEarly();
        }
        problems.throwIfAny();
        mapper.problems.throwIfAny();
        List<String> extras = new ArrayList<>();
        for (int f : PASSED_THROUGH) {
            if (present[f]) {
                extras.add(FIELDS.get(f));
            }
        }
        extras.addAll(unknownNames);
        return mapper.caseload(extras);
    }

    /** One long-list row, from CSV or JSON. */
    private interface Row {
        String get(int field);

        void problem(int field, String message);
    }

    private record CsvRow(CsvInput in) implements Row {
        @Override
        public String get(int field) {
            return in.text(field);
        }

        @Override
        public void problem(int field, String message) {
            in.problem(field, message);
        }
    }

    private static final class JsonRow implements Row {
        private final Problems problems;
        private final JsonLocation objectAt;
        private final String[] values = new String[FIELDS.size()];
        private final JsonLocation[] at = new JsonLocation[FIELDS.size()];

        JsonRow(Problems problems, JsonLocation objectAt) {
            this.problems = problems;
            this.objectAt = objectAt;
        }

        void set(int field, String value, JsonLocation location) {
            values[field] = value;
            at[field] = location;
        }

        @Override
        public String get(int field) {
            return values[field] == null ? "" : values[field];
        }

        @Override
        public void problem(int field, String message) {
            JsonLocation l = at[field] != null ? at[field] : objectAt;
            problems.add(l.getLineNr(), l.getColumnNr(), message);
        }
    }

    /** Maps rows onto case records; JSON rows report into the parser's Problems, CSV rows into CsvInput's. */
    private static final class Mapper {
        final Problems problems;
        private final List<CaseRecord> cases = new ArrayList<>();
        private final List<Map<String, String>> extras = new ArrayList<>();
        private final Map<String, Integer> crnCount = new HashMap<>();
        private final MessageDigest sha256;

        Mapper(String source) {
            problems = new Problems(source);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(Row r, Map<String, String> unknown) {
            String crn = required(r, CRN);
            String personId = personId(r);
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
            int n = crnCount.merge(crn, 1, Integer::sum);
            String caseId = n == 1 ? crn : crn + "/" + n;
            Map<String, String> extra = new LinkedHashMap<>();
            for (int f : PASSED_THROUGH) {
                extra.put(FIELDS.get(f), r.get(f));
            }
            extra.putAll(unknown);
            cases.add(new CaseRecord(caseId, personId, pdu, office, practitioner.isEmpty() ? null : practitioner,
                    type, Set.of(), start, end, null, dob, gender, null, rosh, null, 0, 0,
                    false, false, false, false, false, null, null, Map.of()));
            extras.add(extra);
        }

        Caseload caseload(List<String> extraColumns) {
            List<CaseRecord> out = new ArrayList<>(cases.size());
            for (int i = 0; i < cases.size(); i++) {
                CaseRecord c = cases.get(i);
                Map<String, String> all = extras.get(i);
                Map<String, String> kept = new LinkedHashMap<>();
                for (String column : extraColumns) {
                    kept.put(column, all.getOrDefault(column, ""));
                }
                out.add(new CaseRecord(c.caseId(), c.personId(), c.pdu(), c.office(), c.practitionerId(),
                        c.sentenceType(), c.requirements(), c.startDate(), c.terminationDate(), c.sentenceMonths(),
                        c.dateOfBirth(), c.gender(), c.ethnicity(), c.rosh(), c.likelihoodOfReoffending(),
                        c.mappaCategory(), c.mappaLevel(), c.underReview(), c.welshLanguage(), c.domesticAbuse(),
                        c.childProtection(), c.recalled(), c.releasedFrom(), c.previousSanctions(),
                        kept.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(kept)));
            }
            return new Caseload(problems.file(), extraColumns, out);
        }

        private static String required(Row r, int f) {
            String s = r.get(f);
            if (s.isEmpty()) {
                r.problem(f, FIELDS.get(f) + " is missing or blank; a value is required");
            }
            return s;
        }

        /** The PNC number when given; else a one-way hash of name and date of birth, so names never leave. */
        private String personId(Row r) {
            String pnc = r.get(PNC);
            if (!pnc.isEmpty()) {
                return pnc.toUpperCase(Locale.ROOT);
            }
            String family = r.get(FAMILY_NAME);
            String first = r.get(FIRST_NAME);
            LocalDate dob = Cells.date(r.get(DOB));
            if (family.isEmpty() || first.isEmpty() || dob == null) {
                r.problem(PNC, "pnc is blank, and familyName, firstName and dob are not all given;"
                        + " one or the other is needed to tell who the person is");
                return "";
            }
            String key = family.toLowerCase(Locale.ROOT) + "|" + first.toLowerCase(Locale.ROOT) + "|" + dob;
            byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
            return "H" + HexFormat.of().formatHex(digest, 0, 8);
        }

        private static LocalDate date(Row r, int f, boolean required) {
            String s = required ? required(r, f) : r.get(f);
            if (s.isEmpty()) {
                return null;
            }
            LocalDate d = Cells.date(s);
            if (d == null) {
                r.problem(f, FIELDS.get(f) + " " + Cells.quote(s) + " is not valid; expected a date as dd/MM/yyyy"
                        + " (or yyyy-MM-dd)");
            }
            return d;
        }

        private static Gender gender(Row r) {
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
                    r.problem(GENDER, "gender " + Cells.quote(r.get(GENDER)) + " is not valid; expected M or F"
                            + " (or blank, U or Not Known when not recorded)");
                    return null;
            }
        }

        private static RiskLevel rosh(Row r) {
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

        private static SentenceType sentenceType(Row r) {
            String label = required(r, SENTENCE_TYPE);
            if (label.isEmpty()) {
                return null;
            }
            SentenceType t = sentenceTypeOf(label);
            if (t == null) {
                r.problem(SENTENCE_TYPE, "sentenceType " + Cells.quote(label) + " is not a sentence this tool knows;"
                        + " expected a label naming a community order, suspended sentence order, licence or custody,"
                        + " post-sentence supervision or supervision default order, or one of the project's names");
            }
            return t;
        }
    }

    /**
     * The sentence a long-list label means, or null. Checked in this order: the project's own names;
     * "suspended" is a suspended sentence order; "supervision default" or "post sentence supervision"
     * or "PSS" alone is post-sentence supervision (a supervision default order is imposed for breach
     * of PSS); "licence" or "custody" is a licence; "community order" is a community order.
     */
    static SentenceType sentenceTypeOf(String label) {
        SentenceType exact = CaseloadCsv.SENTENCE_TYPES.find(label);
        if (exact != null) {
            return exact;
        }
        String l = label.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (l.contains("suspended")) {
            return SentenceType.SUSPENDED_SENTENCE_ORDER;
        }
        if (l.contains("supervision default") || l.contains("post sentence supervision") || l.equals("pss")) {
            return SentenceType.POST_SENTENCE_SUPERVISION;
        }
        if (l.contains("licence") || l.contains("license") || l.contains("custody")) {
            return SentenceType.LICENCE;
        }
        if (l.contains("community order")) {
            return SentenceType.COMMUNITY_ORDER;
        }
        return null;
    }
}
