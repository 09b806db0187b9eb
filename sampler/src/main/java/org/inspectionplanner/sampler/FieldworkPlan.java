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
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * A fieldwork plan: CSV with columns {@code pdu} and {@code fieldwork_start} (a Monday), one PDU a
 * line, read by the project's shared CSV rules ({@link CsvTable}).
 */
public final class FieldworkPlan {

    private static final List<String> COLUMNS = List.of("pdu", "fieldwork_start");

    public record Entry(String pdu, LocalDate fieldworkStart) {
    }

    private FieldworkPlan() {
    }

    /** Reads a plan; problems name the file by its name. */
    public static List<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); CsvTable table = CsvTable.open(in, name, COLUMNS, COLUMNS)) {
            return read(table);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "file not found");
        }
    }

    /** Reads a plan, reporting every problem as file:line:column; all or nothing. */
    public static List<Entry> read(Reader reader, String name) {
        try (CsvTable table = CsvTable.open(reader, name, COLUMNS, COLUMNS)) {
            return read(table);
        }
    }

    private static List<Entry> read(CsvTable t) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        while (t.next()) {
            String pdu = t.required("pdu");
            LocalDate start = t.monday("fieldwork_start", true);
            if (pdu.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(pdu, t.line());
            if (first != null) {
                t.problem("pdu", "PDU '" + pdu + "' is listed again (first on line " + first + ")");
            }
            if (start != null) {
                entries.add(new Entry(pdu, start));
            }
        }
        if (entries.isEmpty() && !t.hasProblems()) {
            t.fileProblem("the fieldwork plan lists no PDU");
        }
        t.finish();
        return entries;
    }
}
