package org.inspectionplanner.data.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The one shape of {@code fieldwork-plan.csv}, as every command that writes one writes it ({@code schedule},
 * {@code demo-data}) and as {@code sample --fieldwork-plan} reads it: {@code inspection_id}, {@code pdu},
 * {@code fieldwork_start} (a Monday), one row per PDU of each inspection. The sampler's reader
 * ({@code org.inspectionplanner.sampler.FieldworkPlan}) takes these columns; a hand-made plan may leave
 * {@code inspection_id} out.
 */
public final class FieldworkPlanCsv {

    public static final List<String> COLUMNS = List.of("inspection_id", "pdu", "fieldwork_start");

    /** One PDU of one inspection; {@code inspectionId} may be null (written empty) for a PDU no inspection names. */
    public record Row(String inspectionId, String pdu, LocalDate fieldworkStart) {
    }

    private FieldworkPlanCsv() {
    }

    public static void write(List<Row> rows, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(rows, out);
        }
    }

    public static String toCsv(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        try (CsvOutput out = CsvOutput.to(text)) {
            write(rows, out);
        }
        return text.toString();
    }

    private static void write(List<Row> rows, CsvOutput out) {
        out.row(COLUMNS);
        for (Row r : rows) {
            out.row(r.inspectionId(), r.pdu(), r.fieldworkStart().toString());
        }
    }
}
