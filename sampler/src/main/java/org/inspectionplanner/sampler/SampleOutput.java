package org.inspectionplanner.sampler;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.Json;

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

    private SampleOutput() {
    }

    /**
     * Writes the four files into {@code dir} (created if missing). The CSV files are written row by row, not
     * built in memory first: with a whole caseload held, every megabyte allocated here brings the collector's
     * copying of that caseload sooner (all 26 PDUs of a million-row caseload write 8 MB of samples).
     */
    public static void write(SampleResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILE_NAMES) {
            Path file = dir.resolve(name);
            if (name.equals(REPORT_JSON)) {
                Files.writeString(file, reportJson(result), StandardCharsets.UTF_8);
            } else {
                try (CsvOutput csv = CsvOutput.open(file)) {
                    writeCsv(result, name, csv);
                }
            }
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
        if (name.equals(REPORT_JSON)) {
            return reportJson(result).getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();
        try (CsvOutput csv = CsvOutput.to(out)) {
            writeCsv(result, name, csv);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String reportJson(SampleResult result) {
        return Json.toJson(result.report()) + "\n";
    }

    /** Through the project's CSV writer, which neutralises every cell against formula injection. */
    private static void writeCsv(SampleResult result, String name, CsvOutput csv) {
        switch (name) {
            case SAMPLE_CSV -> sampleCsv(result, csv);
            case RESERVES_CSV -> reservesCsv(result, csv);
            case EXCLUSIONS_CSV -> exclusionsCsv(result, csv);
            default -> throw new IllegalArgumentException("no output file named '" + name + "'");
        }
    }

    private static void sampleCsv(SampleResult result, CsvOutput csv) {
        csv.row(CaseloadCsv.header(result.extraColumns()), SAMPLE_COLUMNS);
        for (SampledCase s : result.sample()) {
            csv.row(CaseloadCsv.values(s.record(), result.extraColumns()), Arrays.asList( // cells may be null (written empty)
                    s.selection().stream().sorted().map(Enum::name).collect(Collectors.joining(";")),
                    s.cohortWeek() == null ? "" : s.cohortWeek().toString(),
                    s.stratum(),
                    decimal(s.weight()),
                    String.join(";", s.subSamples())));
        }
    }

    private static void reservesCsv(SampleResult result, CsvOutput csv) {
        List<String> appended = new ArrayList<>(SAMPLE_COLUMNS);
        appended.add("reserve_rank");
        appended.add("replaces_stratum");
        csv.row(CaseloadCsv.header(result.extraColumns()), appended);
        for (ReserveCase r : result.reserves()) {
            csv.row(CaseloadCsv.values(r.record(), result.extraColumns()), Arrays.asList( // cells may be null (written empty)
                    "",
                    r.cohortWeek() == null ? "" : r.cohortWeek().toString(),
                    r.stratum(),
                    r.weight() == null ? "" : decimal(r.weight()),
                    "",
                    String.valueOf(r.rank()),
                    r.replacesStratum()));
        }
    }

    private static void exclusionsCsv(SampleResult result, CsvOutput csv) {
        csv.row("case_id", "person_id", "reasons");
        for (Exclusion e : result.exclusions()) {
            csv.row(e.caseId(), e.personId(), e.reasons().stream().map(Enum::name).collect(Collectors.joining(";")));
        }
    }

    static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
