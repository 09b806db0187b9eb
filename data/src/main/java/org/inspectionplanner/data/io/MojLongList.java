package org.inspectionplanner.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * The long-list layout of the Ministry of Justice's public probation case sampler, as a JSON array
 * of objects or as CSV, mapped onto the project's caseload model (see docs/formats.md and
 * {@link MojCases} for the mapping). The file is read to its end: anything after the array is an error.
 */
public final class MojLongList {

    public static final List<String> FIELDS = List.of("crn", "pnc", "familyName", "firstName", "dob", "gender",
            "sentenceType", "roshClassification", "startDate", "endDate", "cluster", "ldu", "team",
            "responsibleOfficer", "manager", "officer");
    static final List<String> REQUIRED = List.of("crn", "dob", "sentenceType", "startDate", "ldu", "team");

    static final int CRN = 0;
    static final int PNC = 1;
    static final int FAMILY_NAME = 2;
    static final int FIRST_NAME = 3;
    static final int DOB = 4;
    static final int GENDER = 5;
    static final int SENTENCE_TYPE = 6;
    static final int ROSH = 7;
    static final int START_DATE = 8;
    static final int END_DATE = 9;
    static final int CLUSTER = 10;
    static final int LDU = 11;
    static final int TEAM = 12;
    static final int RESPONSIBLE_OFFICER = 13;
    static final int MANAGER = 14;
    static final int OFFICER = 15;
    /** Fields carried through as extra columns, in this order, when the file has them. */
    static final int[] PASSED_THROUGH = {CLUSTER, MANAGER, OFFICER};

    /** The CSV reader's limit holds for a JSON value too: a runaway value is refused, not buffered. */
    private static final JsonFactory LIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CsvInput.MAX_RECORD_CHARS).build())
            .build();

    private MojLongList() {
    }

    /** Reads a long list, JSON if its first non-blank character is '[' or '{', CSV otherwise. */
    public static Caseload read(Path file) {
        try (InputStream in = InputFiles.open(file)) {
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
            MojCases cases = new MojCases();
            CsvRow row = new CsvRow(in);
            while (in.next()) {
                cases.add(row, in.extras());
            }
            if (cases.isEmpty() && in.problems().isEmpty()) {
                in.problems().add(1, 0, CaseloadCsv.NO_CASES);
            }
            in.finish();
            List<String> extras = new ArrayList<>();
            for (int f : PASSED_THROUGH) {
                if (in.has(f)) {
                    extras.add(FIELDS.get(f));
                }
            }
            extras.addAll(in.extraNames());
            return cases.caseload(source, extras);
        }
    }

    public static Caseload readJson(Reader reader, String source) {
        Problems problems = new Problems(source);
        MojCases cases = new MojCases();
        Set<String> unknownNames = new LinkedHashSet<>();
        boolean[] present = new boolean[FIELDS.size()];
        Map<String, Integer> fieldIndex = new HashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            fieldIndex.put(FIELDS.get(i).toLowerCase(Locale.ROOT), i);
        }
        boolean ended = false;
        JsonParser[] parser = new JsonParser[1]; // to locate a problem whose exception carries no location
        try (JsonParser p = LIMITED.createParser(CsvInput.skipByteOrderMark(reader))) {
            parser[0] = p;
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
                    int control = Cells.controlCharacter(text);
                    if (control >= 0) {
                        problems.add(at.getLineNr(), at.getColumnNr(), "field '" + name + "' holds a control character ("
                                + String.format("U+%04X", (int) text.charAt(control)) + "); values must be plain text");
                        text = "";
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
                cases.add(row, unknown);
            }
            if (t == JsonToken.END_ARRAY) {
                JsonLocation closeAt = p.currentTokenLocation();
                ended = true;
                if (cases.isEmpty() && problems.isEmpty()) {
                    problems.add(closeAt.getLineNr(), closeAt.getColumnNr(),
                            "the array holds no cases; a caseload needs at least one case");
                }
                JsonToken after = p.nextToken(); // a file holds one array: whatever follows it would be lost
                if (after != null) {
                    JsonLocation at = p.currentTokenLocation();
                    problems.add(at.getLineNr(), at.getColumnNr(), AFTER_ARRAY + "found " + after.asString()
                            + " after the array that closed on line " + closeAt.getLineNr());
                }
            }
        } catch (StreamConstraintsException e) {
            JsonLocation at = parser[0].currentLocation();
            problems.add(at.getLineNr(), at.getColumnNr(), "a value longer than the limit of " + CsvInput.MAX_RECORD_CHARS
                    + " characters");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser[0] != null ? parser[0].currentLocation() : null;
            problems.add(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    (ended ? AFTER_ARRAY : "not valid JSON: ") + e.getOriginalMessage());
        } catch (Utf16 e) {
            problems.add(1, 0, Utf16.MESSAGE);
        } catch (IOException e) {
            problems.add(0, 0, "cannot read the file: " + e.getMessage());
        }
        if (problems.full()) {
            problems.stoppedEarly();
        }
        problems.throwIfAny();
        List<String> extras = new ArrayList<>();
        for (int f : PASSED_THROUGH) {
            if (present[f]) {
                extras.add(FIELDS.get(f));
            }
        }
        extras.addAll(unknownNames);
        return cases.caseload(source, extras);
    }

    private static final String AFTER_ARRAY = "the file goes on after the closing ] of its array of cases;"
            + " a long list is one JSON array and nothing may follow it: ";

    /** One long-list row, from CSV or JSON. */
    interface Row {
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

    /** The sentence a long-list label means, or null: see {@link MojCases#sentenceTypeOf}. */
    static org.inspectionplanner.data.caseload.SentenceType sentenceTypeOf(String label) {
        return MojCases.sentenceTypeOf(label);
    }
}
