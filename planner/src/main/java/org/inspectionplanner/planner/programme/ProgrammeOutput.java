package org.inspectionplanner.planner.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.FieldworkPlanCsv;
import org.inspectionplanner.data.io.Json;

/**
 * The files of a solved programme: {@code schedule.csv}, {@code fieldwork-plan.csv} (the
 * sampler's {@code --fieldwork-plan}: one row per PDU of each scheduled inspection)
 * and {@code report.json}. As bytes by file name (for the web service) or written to a directory.
 */
public final class ProgrammeOutput {

    public static final String SCHEDULE_CSV = "schedule.csv";
    public static final String FIELDWORK_PLAN_CSV = "fieldwork-plan.csv";
    public static final String REPORT_JSON = "report.json";

    private ProgrammeOutput() {
    }

    /** The three files, by name, in a stable order. */
    public static Map<String, byte[]> files(List<ScheduleRow> rows, ProgrammeReport report) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SCHEDULE_CSV, scheduleCsv(rows).getBytes(StandardCharsets.UTF_8));
        files.put(FIELDWORK_PLAN_CSV, fieldworkPlanCsv(rows).getBytes(StandardCharsets.UTF_8));
        files.put(REPORT_JSON, Json.toJson(report).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Writes the files into {@code dir}, creating it if needed; returns their paths. */
    public static List<Path> write(Path dir, List<ScheduleRow> rows, ProgrammeReport report) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new java.util.ArrayList<>();
            for (Map.Entry<String, byte[]> f : files(rows, report).entrySet()) {
                Path path = dir.resolve(f.getKey());
                Files.write(path, f.getValue());
                written.add(path);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String scheduleCsv(List<ScheduleRow> rows) {
        StringBuilder out = new StringBuilder();
        try (CsvOutput csv = CsvOutput.to(out)) {
            csv.row(ScheduleRow.HEADER);
            rows.forEach(r -> csv.row(r.cells()));
        }
        return out.toString();
    }

    /** The columns of fieldwork-plan.csv, as {@code sample --fieldwork-plan} reads them. */
    public static final List<String> FIELDWORK_PLAN_HEADER = FieldworkPlanCsv.COLUMNS;

    /**
     * One row per PDU of each scheduled inspection that samples PDUs (inspection_id, pdu,
     * fieldwork_start), earliest fieldwork first, then by inspection and the PDUs' order.
     */
    public static String fieldworkPlanCsv(List<ScheduleRow> rows) {
        List<FieldworkPlanCsv.Row> plan = new java.util.ArrayList<>();
        rows.stream()
                .filter(r -> r.pdus() != null && !r.pdus().isEmpty() && r.fieldworkStart() != null)
                .sorted(Comparator.comparing(ScheduleRow::fieldworkStart).thenComparing(ScheduleRow::inspectionId))
                .forEach(r -> {
                    for (String pdu : r.pdus().split(";")) {
                        plan.add(new FieldworkPlanCsv.Row(r.inspectionId(), pdu, r.fieldworkStart()));
                    }
                });
        return FieldworkPlanCsv.toCsv(plan);
    }
}
