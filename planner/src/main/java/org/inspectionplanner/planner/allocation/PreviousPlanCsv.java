package org.inspectionplanner.planner.allocation;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.CsvTable;

/**
 * Reads a previous plan: an {@code allocation.csv} as {@link AllocationOutput} writes it, possibly edited by
 * hand, by the project's shared CSV rules ({@link CsvTable}). Needs case_id and inspector_id; interview_date,
 * interview_time and pinned are optional (pinned is a boolean, blank meaning false). Other columns are
 * ignored. All-or-nothing: every problem is reported with its line and column.
 */
public final class PreviousPlanCsv {

    private static final List<String> COLUMNS = List.of("case_id", "inspector_id", "interview_date", "interview_time",
            "pinned");
    private static final List<String> REQUIRED = List.of("case_id", "inspector_id");

    private PreviousPlanCsv() {
    }

    public static List<PreviousAssignment> read(Path file) {
        try (CsvTable table = CsvTable.open(file, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    public static List<PreviousAssignment> read(InputStream in, String source) {
        try (CsvTable table = CsvTable.open(in, source, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    public static List<PreviousAssignment> read(Reader reader, String source) {
        try (CsvTable table = CsvTable.open(reader, source, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    private static List<PreviousAssignment> read(CsvTable t) {
        List<PreviousAssignment> rows = new ArrayList<>();
        Map<String, Long> firstSeen = new HashMap<>();
        while (t.next()) {
            String caseId = CsvOutput.unneutralise(t.required("case_id"));
            if (caseId.isEmpty()) {
                continue;
            }
            Long before = firstSeen.putIfAbsent(caseId, t.line());
            if (before != null) {
                t.problem("case_id", "case " + caseId + " appears again (first on line " + before + ")");
            }
            String inspector = CsvOutput.unneutralise(t.text("inspector_id"));
            LocalDate date = t.date("interview_date", false);
            String timeText = t.text("interview_time");
            LocalTime time = null;
            if (!timeText.isEmpty()) {
                try {
                    time = LocalTime.parse(timeText);
                } catch (DateTimeParseException e) {
                    t.problem("interview_time", "interview_time '" + timeText + "' is not a time like 09:30");
                }
            }
            if (t.text("interview_date").isEmpty() != timeText.isEmpty()) {
                t.problem(timeText.isEmpty() ? "interview_time" : "interview_date",
                        "interview_date and interview_time go together: give both or neither");
            }
            boolean pinned = t.bool("pinned");
            if (pinned && inspector.isEmpty() && date != null) {
                t.problem("inspector_id", "a pinned interview needs its inspector_id");
            }
            rows.add(new PreviousAssignment(caseId, inspector.isEmpty() ? null : inspector, date, time, pinned));
        }
        t.finish();
        return rows;
    }
}
