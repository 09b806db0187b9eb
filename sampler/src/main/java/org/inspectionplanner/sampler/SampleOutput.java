package org.inspectionplanner.sampler;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The four output files of a sampling run, as bytes (for the web service to store and serve) or
 * written to a folder. No timestamps, fixed orders: the same result always gives the same bytes.
 */
public final class SampleOutput {

    public static final String SAMPLE_CSV = "sample.csv";
    public static final String RESERVES_CSV = "reserves.csv";
    public static final String EXCLUSIONS_CSV = "exclusions.csv";
    public static final String REPORT_JSON = "report.json";
    public static final List<String> FILE_NAMES = List.of(SAMPLE_CSV, RESERVES_CSV, EXCLUSIONS_CSV, REPORT_JSON);

    private static final List<String> SAMPLE_COLUMNS = List.of("selection", "cohort_week", "stratum", "weight",
            "sub_samples");
    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private SampleOutput() {
    }

    /** Writes the four files into {@code dir} (created if missing). */
    public static void write(SampleResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files(result).entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
    }

    /** Every output file by name, in {@link #FILE_NAMES} order. */
    public static Map<String, byte[]> files(SampleResult result) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILE_NAMES) {
            files.put(name, bytes(result, name));
        }
        return files;
    }

    /** One output file's bytes; {@code name} is one of {@link #FILE_NAMES}. */
    public static byte[] bytes(SampleResult result, String name) {
        return switch (name) {
            case SAMPLE_CSV -> sampleCsv(result).getBytes(StandardCharsets.UTF_8);
            case RESERVES_CSV -> reservesCsv(result).getBytes(StandardCharsets.UTF_8);
            case EXCLUSIONS_CSV -> exclusionsCsv(result).getBytes(StandardCharsets.UTF_8);
            case REPORT_JSON -> reportJson(result).getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no output file named '" + name + "'");
        };
    }

    static String reportJson(SampleResult result) {
        try {
            return JSON.writeValueAsString(result.report()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sampleCsv(SampleResult result) {
        List<String> header = new ArrayList<>(CaseColumns.header(result.extraColumns()));
        header.addAll(SAMPLE_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (SampledCase s : result.sample()) {
            List<String> row = new ArrayList<>(CaseColumns.cells(s.record(), result.extraColumns()));
            row.add(s.selection().stream().sorted().map(Enum::name).collect(Collectors.joining(";")));
            row.add(s.cohortWeek() == null ? "" : s.cohortWeek().toString());
            row.add(s.stratum());
            row.add(decimal(s.weight()));
            row.add(String.join(";", s.subSamples()));
            rows.add(row);
        }
        return csv(header, rows);
    }

    static String reservesCsv(SampleResult result) {
        List<String> header = new ArrayList<>(CaseColumns.header(result.extraColumns()));
        header.addAll(SAMPLE_COLUMNS);
        header.add("reserve_rank");
        header.add("replaces_stratum");
        List<List<String>> rows = new ArrayList<>();
        for (ReserveCase r : result.reserves()) {
            List<String> row = new ArrayList<>(CaseColumns.cells(r.record(), result.extraColumns()));
            row.add("");
            row.add(r.cohortWeek() == null ? "" : r.cohortWeek().toString());
            row.add(r.stratum());
            row.add(r.weight() == null ? "" : decimal(r.weight()));
            row.add("");
            row.add(String.valueOf(r.rank()));
            row.add(r.replacesStratum());
            rows.add(row);
        }
        return csv(header, rows);
    }

    static String exclusionsCsv(SampleResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (Exclusion e : result.exclusions()) {
            rows.add(List.of(e.caseId(), e.personId(),
                    e.reasons().stream().map(Enum::name).collect(Collectors.joining(";"))));
        }
        return csv(List.of("case_id", "person_id", "reasons"), rows);
    }

    static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SampleOutput::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** The caseload columns of a case, in the documented order, then the extra columns. */
    static final class CaseColumns {
        static final List<String> COLUMNS = List.of("case_id", "person_id", "pdu", "office", "practitioner_id",
                "sentence_type", "requirements", "start_date", "termination_date", "sentence_months",
                "date_of_birth", "gender", "ethnicity", "rosh", "likelihood_of_reoffending", "mappa_category",
                "mappa_level", "under_review", "welsh_language", "domestic_abuse", "child_protection", "recalled",
                "released_from", "previous_sanctions");

        private CaseColumns() {
        }

        static List<String> header(List<String> extra) {
            List<String> h = new ArrayList<>(COLUMNS);
            h.addAll(extra);
            return h;
        }

        static List<String> cells(CaseRecord c, List<String> extra) {
            List<String> row = new ArrayList<>(COLUMNS.size() + extra.size());
            row.add(c.caseId());
            row.add(c.personId());
            row.add(c.pdu());
            row.add(c.office());
            row.add(text(c.practitionerId()));
            row.add(text(c.sentenceType()));
            row.add(c.requirements().stream().sorted().map(Enum::name).collect(Collectors.joining(";")));
            row.add(text(c.startDate()));
            row.add(text(c.terminationDate()));
            row.add(text(c.sentenceMonths()));
            row.add(text(c.dateOfBirth()));
            row.add(text(c.gender()));
            row.add(text(c.ethnicity()));
            row.add(text(c.rosh()));
            row.add(text(c.likelihoodOfReoffending()));
            row.add(String.valueOf(c.mappaCategory()));
            row.add(String.valueOf(c.mappaLevel()));
            row.add(String.valueOf(c.underReview()));
            row.add(String.valueOf(c.welshLanguage()));
            row.add(String.valueOf(c.domesticAbuse()));
            row.add(String.valueOf(c.childProtection()));
            row.add(String.valueOf(c.recalled()));
            row.add(text(c.releasedFrom()));
            row.add(text(c.previousSanctions()));
            for (String column : extra) {
                row.add(text(c.extra().get(column)));
            }
            return row;
        }

        private static String text(Object v) {
            return v == null ? "" : v.toString();
        }
    }
}
