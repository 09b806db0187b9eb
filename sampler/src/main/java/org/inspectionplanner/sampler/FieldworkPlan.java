package org.inspectionplanner.sampler;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvTable;
import org.inspectionplanner.data.io.FieldworkPlanCsv;
import org.inspectionplanner.data.io.InputFiles;
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * A fieldwork plan ({@link FieldworkPlanCsv}, as {@code schedule} and {@code demo-data} write it):
 * {@code inspection_id}, {@code pdu} and {@code fieldwork_start} (a Monday), one row per PDU of each
 * inspection; {@code inspection_id} may be left out of a hand-made plan. Read by the project's shared CSV
 * rules ({@link CsvTable}). A PDU appears once per inspection.
 */
public final class FieldworkPlan {

    private static final List<String> COLUMNS = FieldworkPlanCsv.COLUMNS;
    private static final List<String> REQUIRED = List.of("pdu", "fieldwork_start");

    /**
     * One sample to draw; {@code inspectionId} null when the plan has no such column (or leaves it
     * blank); {@code line} and {@code pduColumn} locate the PDU's cell in the file (0 when made in code).
     */
    public record Entry(String inspectionId, String pdu, LocalDate fieldworkStart, long line, int pduColumn) {

        public Entry(String pdu, LocalDate fieldworkStart) {
            this(null, pdu, fieldworkStart, 0, 0);
        }

        /** How the entry is named to people: the PDU, with its inspection when there is one. */
        public String label() {
            return inspectionId == null ? pdu : inspectionId + " " + pdu;
        }
    }

    private FieldworkPlan() {
    }

    /** Reads a plan; problems name the file by its name. */
    public static List<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = InputFiles.open(file, name); CsvTable table = CsvTable.open(in, name, COLUMNS, REQUIRED)) {
            return read(table);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "file not found");
        }
    }

    /** Reads a plan, reporting every problem as file:line:column; all or nothing. */
    public static List<Entry> read(Reader reader, String name) {
        try (CsvTable table = CsvTable.open(reader, name, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    private static List<Entry> read(CsvTable t) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        while (t.next()) {
            String inspection = t.text("inspection_id");
            String pdu = t.required("pdu");
            LocalDate start = t.monday("fieldwork_start", true);
            if (pdu.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(inspection + "\u0000" + pdu, t.line());
            if (first != null) {
                t.problem("pdu", "PDU '" + pdu + "' is listed twice"
                        + (inspection.isEmpty() ? "" : " for inspection '" + inspection + "'")
                        + " (first on line " + first + ")");
            }
            if (start != null) {
                entries.add(new Entry(inspection.isEmpty() ? null : inspection, pdu, start, t.line(), t.fileColumn("pdu")));
            }
        }
        if (entries.isEmpty() && !t.hasProblems()) {
            t.fileProblem("the fieldwork plan lists no PDU");
        }
        t.finish();
        return entries;
    }
}
