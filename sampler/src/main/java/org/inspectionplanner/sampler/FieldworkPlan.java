package org.inspectionplanner.sampler;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * A fieldwork plan: CSV with columns {@code pdu} and {@code fieldwork_start} (a Monday), one PDU a
 * line, and optionally {@code inspection_id} (as {@code schedule} writes it: one row per PDU of each
 * inspection). A PDU appears once per inspection.
 */
public final class FieldworkPlan {

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

    public static List<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        }
    }

    /** Reads a plan, reporting every problem as file:line:column; all or nothing. */
    public static List<Entry> read(Reader reader, String name) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = new java.util.HashMap<>();
            parser.getHeaderMap().forEach((h, i) -> header.put(stripBom(h).trim().toLowerCase(Locale.ROOT), i));
            Integer pduColumn = header.get("pdu");
            Integer startColumn = header.get("fieldwork_start");
            Integer inspectionColumn = header.get("inspection_id");
            if (pduColumn == null || startColumn == null) {
                throw new InvalidInputException(name, "a fieldwork plan needs the columns pdu and fieldwork_start");
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                String pdu = pduColumn < row.size() ? row.get(pduColumn) : "";
                String start = startColumn < row.size() ? row.get(startColumn) : "";
                String inspection = inspectionColumn != null && inspectionColumn < row.size()
                        ? row.get(inspectionColumn).strip() : "";
                if (pdu.isBlank()) {
                    problems.add(new InputProblem(name, line, pduColumn + 1, "pdu is empty"));
                    continue;
                }
                if (!seen.add(inspection + "\u0000" + pdu)) {
                    problems.add(new InputProblem(name, line, pduColumn + 1, "PDU '" + pdu + "' is listed twice"
                            + (inspection.isEmpty() ? "" : " for inspection '" + inspection + "'")));
                }
                try {
                    LocalDate date = parseDate(start);
                    CohortWeeks.requireMonday(date);
                    entries.add(new Entry(inspection.isEmpty() ? null : inspection, pdu, date, line, pduColumn + 1));
                } catch (DateTimeParseException e) {
                    problems.add(new InputProblem(name, line, startColumn + 1,
                            "fieldwork_start '" + start + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)"));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(name, line, startColumn + 1, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException(name, "the fieldwork plan lists no PDU");
        }
        return entries;
    }

    /** ISO dates, or dd/MM/yyyy as the project's CSV formats also accept. */
    private static LocalDate parseDate(String text) {
        return text.contains("/") ? LocalDate.parse(text, DD_MM_YYYY) : LocalDate.parse(text);
    }

    private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
