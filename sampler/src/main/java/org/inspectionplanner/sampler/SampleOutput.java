package org.inspectionplanner.sampler;

import java.io.IOException;
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
        return Json.toJson(result.report()) + "\n";
    }

    static String sampleCsv(SampleResult result) {
        List<String> header = new ArrayList<>(CaseloadCsv.header(result.extraColumns()));
        header.addAll(SAMPLE_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (SampledCase s : result.sample()) {
            List<String> row = new ArrayList<>(CaseloadCsv.values(s.record(), result.extraColumns()));
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
        List<String> header = new ArrayList<>(CaseloadCsv.header(result.extraColumns()));
        header.addAll(SAMPLE_COLUMNS);
        header.add("reserve_rank");
        header.add("replaces_stratum");
        List<List<String>> rows = new ArrayList<>();
        for (ReserveCase r : result.reserves()) {
            List<String> row = new ArrayList<>(CaseloadCsv.values(r.record(), result.extraColumns()));
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

    /** Through the project's CSV writer, which neutralises every cell against formula injection. */
    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CsvOutput csv = CsvOutput.to(out)) {
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        return out.toString();
    }
}
