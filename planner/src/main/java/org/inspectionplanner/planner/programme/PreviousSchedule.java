package org.inspectionplanner.planner.programme;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads a previous schedule.csv for {@code --previous}: columns {@code inspection_id},
 * {@code fieldwork_start} (a Monday, blank if it was unscheduled) and optionally {@code pinned}
 * (true/false, yes/no, 1/0; blank is false). Other columns are ignored, so the file the planner
 * wrote, edited by hand to pin rows, reads back as it is. All or nothing, every problem located.
 */
public final class PreviousSchedule {

    private static final int MAX_PROBLEMS = 100;

    private PreviousSchedule() {
    }

    public static List<PreviousStart> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read as UTF-8 text: " + e.getMessage());
        }
    }

    public static List<PreviousStart> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<InputProblem> problems = new ArrayList<>();
        List<PreviousStart> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((h, i) -> header.put(stripBom(h).strip().toLowerCase(Locale.ROOT), i));
            Integer idColumn = header.get("inspection_id");
            Integer startColumn = header.get("fieldwork_start");
            Integer pinnedColumn = header.get("pinned");
            if (idColumn == null || startColumn == null) {
                throw new InvalidInputException(List.of(new InputProblem(source, 1, 0,
                        "a previous schedule needs the columns inspection_id and fieldwork_start")));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                long line = row.getRecordNumber() + 1;
                String id = unneutralise(cell(row, idColumn));
                if (id.isEmpty()) {
                    if (row.size() > 1 || !row.get(0).isBlank()) {
                        problems.add(new InputProblem(source, line, idColumn + 1, "inspection_id is empty"));
                    }
                    continue;
                }
                if (!seen.add(id)) {
                    problems.add(new InputProblem(source, line, idColumn + 1, "inspection_id '" + id + "' appears twice"));
                    continue;
                }
                String startText = cell(row, startColumn);
                LocalDate start = null;
                if (!startText.isEmpty()) {
                    try {
                        start = LocalDate.parse(startText);
                        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
                            problems.add(new InputProblem(source, line, startColumn + 1, "fieldwork_start " + start
                                    + " is a " + start.getDayOfWeek() + ", not a Monday"));
                            continue;
                        }
                    } catch (DateTimeParseException e) {
                        problems.add(new InputProblem(source, line, startColumn + 1,
                                "fieldwork_start '" + startText + "' is not a date yyyy-MM-dd"));
                        continue;
                    }
                }
                boolean pinned = false;
                if (pinnedColumn != null) {
                    String p = cell(row, pinnedColumn).toLowerCase(Locale.ROOT);
                    switch (p) {
                        case "true", "yes", "y", "1" -> pinned = true;
                        case "false", "no", "n", "0", "" -> pinned = false;
                        default -> {
                            problems.add(new InputProblem(source, line, pinnedColumn + 1,
                                    "pinned '" + p + "' is not true or false"));
                            continue;
                        }
                    }
                }
                if (pinned && start == null) {
                    problems.add(new InputProblem(source, line, startColumn + 1,
                            "a pinned row needs a fieldwork_start"));
                    continue;
                }
                rows.add(new PreviousStart(id, start, pinned));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new InputProblem(source, 0, 0, "not a readable CSV file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    private static String cell(CSVRecord row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    /** Undoes the CSV writer's formula neutralising of a cell the planner wrote itself. */
    private static String unneutralise(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
