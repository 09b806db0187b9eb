package org.inspectionplanner.planner.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * Reads a previous plan: an {@code allocation.csv} as {@link AllocationOutput} writes it, possibly edited by
 * hand. Needs case_id and inspector_id; interview_date, interview_time and pinned are optional (pinned is
 * true/false, blank meaning false). Other columns are ignored. All-or-nothing: every problem is reported
 * with its line and column.
 */
public final class PreviousPlanCsv {

    private static final int MAX_PROBLEMS = 100;

    private PreviousPlanCsv() {
    }

    public static List<PreviousAssignment> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    public static List<PreviousAssignment> read(InputStream in, String source) {
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return read(reader, source);
    }

    public static List<PreviousAssignment> read(Reader reader, String source) {
        List<InputProblem> problems = new ArrayList<>();
        List<PreviousAssignment> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build().parse(reader)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
                columns.putIfAbsent(name, i);
            }
            for (String required : List.of("case_id", "inspector_id")) {
                if (!columns.containsKey(required)) {
                    problems.add(new InputProblem(source, 1, 0, "missing column " + required));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Map<String, Long> firstSeen = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String caseId = cell(record, columns, "case_id");
                if (caseId.isEmpty()) {
                    add(problems, source, line, columns, "case_id", "case_id is empty");
                    continue;
                }
                Long before = firstSeen.putIfAbsent(caseId, line);
                if (before != null) {
                    add(problems, source, line, columns, "case_id", "case " + caseId + " appears again (first on line " + before + ")");
                }
                String inspector = cell(record, columns, "inspector_id");
                LocalDate date = null;
                String dateText = cell(record, columns, "interview_date");
                if (!dateText.isEmpty()) {
                    try {
                        date = LocalDate.parse(dateText);
                    } catch (DateTimeParseException e) {
                        add(problems, source, line, columns, "interview_date", "interview_date '" + dateText + "' is not a date like 2026-03-02");
                    }
                }
                LocalTime time = null;
                String timeText = cell(record, columns, "interview_time");
                if (!timeText.isEmpty()) {
                    try {
                        time = LocalTime.parse(timeText);
                    } catch (DateTimeParseException e) {
                        add(problems, source, line, columns, "interview_time", "interview_time '" + timeText + "' is not a time like 09:30");
                    }
                }
                if (dateText.isEmpty() != timeText.isEmpty()) {
                    add(problems, source, line, columns, dateText.isEmpty() ? "interview_date" : "interview_time",
                            "interview_date and interview_time go together: give both or neither");
                }
                String pinnedText = cell(record, columns, "pinned").toLowerCase(Locale.ROOT);
                boolean pinned = pinnedText.equals("true");
                if (!pinnedText.isEmpty() && !pinnedText.equals("true") && !pinnedText.equals("false")) {
                    add(problems, source, line, columns, "pinned", "pinned '" + pinnedText + "' must be true or false");
                }
                if (pinned && inspector.isEmpty() && date != null) {
                    add(problems, source, line, columns, "inspector_id", "a pinned interview needs its inspector_id");
                }
                rows.add(new PreviousAssignment(caseId, inspector.isEmpty() ? null : inspector, date, time, pinned));
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(source, "cannot read the file as UTF-8 CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(source, "not a valid CSV file: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    private static void add(List<InputProblem> problems, String source, long line, Map<String, Integer> columns,
            String column, String message) {
        problems.add(new InputProblem(source, line, columns.getOrDefault(column, -1) + 1, message));
    }
}
