package org.inspectionplanner.planner.programme;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.CsvTable;

/**
 * Reads a previous schedule.csv for {@code --previous}, by the project's shared CSV rules
 * ({@link CsvTable}): columns {@code inspection_id}, {@code fieldwork_start} (a Monday, blank if it
 * was unscheduled) and optionally {@code pinned} (a boolean; blank is false). Other columns are
 * ignored, so the file the planner wrote, edited by hand to pin rows, reads back as it is. All or
 * nothing, every problem located.
 */
public final class PreviousSchedule {

    private static final List<String> COLUMNS = List.of("inspection_id", "fieldwork_start", "pinned");
    private static final List<String> REQUIRED = List.of("inspection_id", "fieldwork_start");

    private PreviousSchedule() {
    }

    public static List<PreviousStart> read(Path file) {
        try (CsvTable table = CsvTable.open(file, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    public static List<PreviousStart> read(Reader reader, String source) {
        try (CsvTable table = CsvTable.open(reader, source, COLUMNS, REQUIRED)) {
            return read(table);
        }
    }

    private static List<PreviousStart> read(CsvTable t) {
        List<PreviousStart> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        while (t.next()) {
            // the planner's own ids come back neutralised by its CSV writer
            String id = CsvOutput.unneutralise(t.required("inspection_id"));
            if (id.isEmpty()) {
                continue;
            }
            Long first = seen.putIfAbsent(id, t.line());
            if (first != null) {
                t.problem("inspection_id", "inspection_id '" + id + "' appears again (first on line " + first + ")");
                continue;
            }
            LocalDate start = t.monday("fieldwork_start", false);
            boolean pinned = t.bool("pinned");
            if (pinned && t.text("fieldwork_start").isEmpty()) {
                t.problem("fieldwork_start", "a pinned row needs a fieldwork_start");
                continue;
            }
            rows.add(new PreviousStart(id, start, pinned));
        }
        t.finish();
        return rows;
    }
}
