package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Ethnicity;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;

/**
 * The caseload extract ({@code caseload.csv}): one row per sentence or licence. See docs/formats.md.
 * <p>Writing: {@link #header(List)} and {@link #values(CaseRecord, List)} give a case's full row
 * (standard columns, then the file's extra columns) so that other modules can append their own
 * columns through {@link CsvOutput#row(List, List)}, or use {@link #open(Path, List, List)}.
 */
public final class CaseloadCsv {

    /** The standard columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of(
            "case_id", "person_id", "pdu", "office", "practitioner_id", "sentence_type", "requirements",
            "start_date", "termination_date", "sentence_months", "date_of_birth", "gender", "ethnicity",
            "rosh", "likelihood_of_reoffending", "mappa_category", "mappa_level", "under_review",
            "welsh_language", "domestic_abuse", "child_protection", "recalled", "released_from",
            "previous_sanctions", "restricted_access");

    static final List<String> REQUIRED = List.of(
            "case_id", "person_id", "pdu", "office", "sentence_type", "start_date", "date_of_birth");

    private static final int CASE_ID = 0;
    private static final int PERSON_ID = 1;
    private static final int PDU = 2;
    private static final int OFFICE = 3;
    private static final int PRACTITIONER_ID = 4;
    private static final int SENTENCE_TYPE = 5;
    private static final int REQUIREMENTS = 6;
    private static final int START_DATE = 7;
    private static final int TERMINATION_DATE = 8;
    private static final int SENTENCE_MONTHS = 9;
    private static final int DATE_OF_BIRTH = 10;
    private static final int GENDER = 11;
    private static final int ETHNICITY = 12;
    private static final int ROSH = 13;
    private static final int LIKELIHOOD = 14;
    private static final int MAPPA_CATEGORY = 15;
    private static final int MAPPA_LEVEL = 16;
    private static final int UNDER_REVIEW = 17;
    private static final int WELSH_LANGUAGE = 18;
    private static final int DOMESTIC_ABUSE = 19;
    private static final int CHILD_PROTECTION = 20;
    private static final int RECALLED = 21;
    private static final int RELEASED_FROM = 22;
    private static final int PREVIOUS_SANCTIONS = 23;
    private static final int RESTRICTED_ACCESS = 24;

    /** A caseload with a header and no rows is a mistaken export, not an empty PDU. */
    static final String NO_CASES = "the file has a header but no cases; a caseload needs at least one case";

    static final Cells.EnumNames<SentenceType> SENTENCE_TYPES = new Cells.EnumNames<>(SentenceType.class);
    static final Cells.EnumNames<Requirement> REQUIREMENT_NAMES = new Cells.EnumNames<>(Requirement.class);
    static final Cells.EnumNames<Gender> GENDERS = new Cells.EnumNames<>(Gender.class);
    static final Cells.EnumNames<Ethnicity> ETHNICITIES = new Cells.EnumNames<>(Ethnicity.class);
    static final Cells.EnumNames<RiskLevel> RISK_LEVELS = new Cells.EnumNames<>(RiskLevel.class);

    private CaseloadCsv() {
    }

    /** Reads a caseload file; the file name in error messages is the path as given. */
    public static Caseload read(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a caseload from a stream of UTF-8 bytes (e.g. an upload); {@code source} names it in errors. */
    public static Caseload read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    /**
     * Reads a caseload. Every problem found (up to 100) is reported together in one
     * {@link InvalidInputException}; nothing is returned from a file with any problem.
     */
    public static Caseload read(Reader reader, String source) {
        return read(reader, source, c -> true);
    }

    /**
     * Reads a caseload, checking every row, but keeping in memory only the cases {@code keep} accepts: a run
     * that needs a window of start dates holds that window, not the whole file. {@code keep} sees every case
     * that has no problem, in file order (a caller may count them); with any problem nothing is returned.
     */
    public static Caseload read(Reader reader, String source, Predicate<CaseRecord> keep) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, REQUIRED)) {
            List<CaseRecord> cases = new ArrayList<>();
            DuplicateIds ids = new DuplicateIds();
            Map<String, Set<Requirement>> requirementSets = new HashMap<>();
            long rows = 0;
            while (in.next()) {
                rows++;
                CaseRecord c = readRow(in, requirementSets);
                if (!c.caseId().isEmpty()) {
                    ids.add(c.caseId(), in.line());
                }
                if (in.problems().isEmpty() && keep.test(c)) {
                    cases.add(c);
                }
            }
            for (DuplicateIds.Duplicate d : ids.duplicates()) {
                in.problemOnRow(d.line(), CASE_ID, "case_id " + Cells.quote(d.id()) + " is used again; case_id must be"
                        + " unique in the file and was first used on line " + d.firstLine());
            }
            if (rows == 0 && in.problems().isEmpty()) {
                in.problems().add(1, 0, NO_CASES);
            }
            in.finish();
            return new Caseload(source, in.extraNames(), cases);
        }
    }

    private static CaseRecord readRow(CsvInput in, Map<String, Set<Requirement>> requirementSets) {
        String caseId = in.required(CASE_ID);
        String personId = in.required(PERSON_ID);
        String pdu = in.pooledText(PDU);
        String office = in.pooledText(OFFICE);
        if (pdu.isEmpty()) {
            in.required(PDU);
        }
        if (office.isEmpty()) {
            in.required(OFFICE);
        }
        String practitioner = in.optionalPooled(PRACTITIONER_ID);
        SentenceType sentenceType = in.enumValue(SENTENCE_TYPE, SENTENCE_TYPES, true);
        Set<Requirement> requirements = requirements(in, requirementSets);
        LocalDate start = in.date(START_DATE, true);
        int startKey = in.lastDateKey();
        LocalDate termination = in.date(TERMINATION_DATE, false);
        int terminationKey = in.lastDateKey();
        Integer sentenceMonths = in.integer(SENTENCE_MONTHS, false, 0, 1200);
        LocalDate birth = in.date(DATE_OF_BIRTH, true);
        int birthKey = in.lastDateKey();
        Gender gender = in.enumValue(GENDER, GENDERS, false);
        Ethnicity ethnicity = in.enumValue(ETHNICITY, ETHNICITIES, false);
        RiskLevel rosh = in.enumValue(ROSH, RISK_LEVELS, false);
        RiskLevel likelihood = in.enumValue(LIKELIHOOD, RISK_LEVELS, false);
        Integer mappaCategory = in.integer(MAPPA_CATEGORY, false, 0, 3);
        Integer mappaLevel = in.integer(MAPPA_LEVEL, false, 0, 3);
        boolean underReview = in.bool(UNDER_REVIEW);
        boolean welsh = in.bool(WELSH_LANGUAGE);
        boolean domesticAbuse = in.bool(DOMESTIC_ABUSE);
        boolean childProtection = in.bool(CHILD_PROTECTION);
        boolean recalled = in.bool(RECALLED);
        String releasedFrom = in.optionalPooled(RELEASED_FROM);
        Integer previousSanctions = in.integer(PREVIOUS_SANCTIONS, false, 0, Integer.MAX_VALUE);
        boolean restricted = in.bool(RESTRICTED_ACCESS);
        // compare the dates' yyyymmdd keys: the shared LocalDate objects are scattered in memory
        if (startKey >= 0 && terminationKey >= 0 && terminationKey < startKey) {
            in.problem(TERMINATION_DATE, "termination_date " + termination + " is before start_date " + start);
        }
        if (startKey >= 0 && birthKey >= 0 && birthKey >= startKey) {
            in.problem(DATE_OF_BIRTH, "date_of_birth " + birth + " is not before start_date " + start);
        }
        return new CaseRecord(caseId, personId, pdu, office, practitioner, sentenceType, requirements,
                start, termination, sentenceMonths, birth, gender, ethnicity, rosh, likelihood,
                mappaCategory == null ? 0 : mappaCategory, mappaLevel == null ? 0 : mappaLevel,
                underReview, welsh, domesticAbuse, childProtection, recalled, releasedFrom, previousSanctions,
                in.extras(), restricted);
    }

    /** Requirement lists repeat heavily ("RAR;UNPAID_WORK"): parse each distinct text once and share the set. */
    private static Set<Requirement> requirements(CsvInput in, Map<String, Set<Requirement>> cache) {
        String text = in.text(REQUIREMENTS);
        if (text.isEmpty()) {
            return Set.of();
        }
        Set<Requirement> known = cache.get(text);
        if (known != null) {
            return known;
        }
        EnumSet<Requirement> set = EnumSet.noneOf(Requirement.class);
        boolean ok = true;
        for (String part : CsvInput.split(text)) {
            Requirement r = REQUIREMENT_NAMES.find(part);
            if (r == null) {
                in.badValue(REQUIREMENTS, part, "requirements are ;-separated, each " + REQUIREMENT_NAMES.expected());
                ok = false;
            } else {
                set.add(r);
            }
        }
        Set<Requirement> result = Set.copyOf(set);
        if (ok) {
            cache.put(text, result);
        }
        return result;
    }

    /** Writes a caseload: the standard columns, then its extra columns, one row per case. */
    public static void write(Caseload caseload, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(caseload, out);
        }
    }

    public static void write(Caseload caseload, Appendable out) {
        CsvOutput csv = CsvOutput.to(out);
        write(caseload, csv);
        csv.flush();
    }

    private static void write(Caseload caseload, CsvOutput out) {
        List<String> extras = caseload.extraColumns();
        out.row(header(extras));
        for (CaseRecord c : caseload.cases()) {
            out.row(values(c, extras));
        }
    }

    /**
     * Opens a case-row writer for a module's output: it writes the header (standard columns, the
     * caseload's extra columns, then {@code appendedColumns}) at once, then one row per
     * {@link CaseRows#write(CaseRecord, List)}.
     */
    public static CaseRows open(Path file, List<String> extraColumns, List<String> appendedColumns) {
        return new CaseRows(CsvOutput.open(file), extraColumns, appendedColumns);
    }

    public static CaseRows open(Appendable out, List<String> extraColumns, List<String> appendedColumns) {
        return new CaseRows(CsvOutput.to(out), extraColumns, appendedColumns);
    }

    /** The header of a caseload row: the standard columns then {@code extraColumns}. */
    public static List<String> header(List<String> extraColumns) {
        if (extraColumns.isEmpty()) {
            return COLUMNS;
        }
        List<String> header = new ArrayList<>(COLUMNS.size() + extraColumns.size());
        header.addAll(COLUMNS);
        header.addAll(extraColumns);
        return header;
    }

    /**
     * A case's cells in {@link #header(List)} order, not yet neutralised (CsvOutput does that):
     * dates ISO, booleans true/false, sets ;-joined in declaration order, unknown values empty.
     */
    public static List<String> values(CaseRecord c, List<String> extraColumns) {
        List<String> v = new ArrayList<>(COLUMNS.size() + extraColumns.size());
        v.add(c.caseId());
        v.add(c.personId());
        v.add(c.pdu());
        v.add(c.office());
        v.add(c.practitionerId());
        v.add(name(c.sentenceType()));
        v.add(joined(c.requirements()));
        v.add(text(c.startDate()));
        v.add(text(c.terminationDate()));
        v.add(text(c.sentenceMonths()));
        v.add(text(c.dateOfBirth()));
        v.add(name(c.gender()));
        v.add(name(c.ethnicity()));
        v.add(name(c.rosh()));
        v.add(name(c.likelihoodOfReoffending()));
        v.add(Integer.toString(c.mappaCategory()));
        v.add(Integer.toString(c.mappaLevel()));
        v.add(Boolean.toString(c.underReview()));
        v.add(Boolean.toString(c.welshLanguage()));
        v.add(Boolean.toString(c.domesticAbuse()));
        v.add(Boolean.toString(c.childProtection()));
        v.add(Boolean.toString(c.recalled()));
        v.add(c.releasedFrom());
        v.add(text(c.previousSanctions()));
        v.add(Boolean.toString(c.restrictedAccess()));
        for (String column : extraColumns) {
            v.add(c.extra().getOrDefault(column, ""));
        }
        return v;
    }

    static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Sets iterate in no fixed order: write them in declaration order so output is reproducible. */
    static <E extends Enum<E>> String joined(Set<E> set) {
        if (set.isEmpty()) {
            return "";
        }
        List<E> sorted = new ArrayList<>(set);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        for (E e : sorted) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.name());
        }
        return sb.toString();
    }

    /** Writes case rows with columns appended by the calling module (selection, weight...). */
    public static final class CaseRows implements AutoCloseable {
        private final CsvOutput out;
        private final List<String> extraColumns;
        private final int appended;

        private CaseRows(CsvOutput out, List<String> extraColumns, List<String> appendedColumns) {
            this.out = out;
            this.extraColumns = List.copyOf(extraColumns);
            this.appended = appendedColumns.size();
            out.row(header(this.extraColumns), appendedColumns);
        }

        public void write(CaseRecord c, List<String> appendedValues) {
            if (appendedValues.size() != appended) {
                throw new IllegalArgumentException("expected " + appended + " appended values, got "
                        + appendedValues.size());
            }
            out.row(values(c, extraColumns), appendedValues);
        }

        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            out.close();
        }
    }
}
