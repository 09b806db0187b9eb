package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.programme.BlackoutWeek;

/**
 * Blackout weeks ({@code calendar.csv}): weeks with no fieldwork. Unknown columns are allowed but not
 * kept. A blank reason is read as the empty string.
 */
public final class CalendarCsv {

    public static final List<String> COLUMNS = List.of("week_start", "reason");
    private static final List<String> REQUIRED = List.of("week_start");
    private static final int WEEK_START = 0;
    private static final int REASON = 1;

    private CalendarCsv() {
    }

    public static List<BlackoutWeek> read(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<BlackoutWeek> read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    public static List<BlackoutWeek> read(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, REQUIRED)) {
            List<BlackoutWeek> weeks = new ArrayList<>();
            FirstSeen seen = new FirstSeen();
            while (in.next()) {
                LocalDate week = in.monday(WEEK_START, true);
                if (week != null) {
                    long before = seen.putIfAbsent(week.toString(), in.line());
                    if (before != 0) {
                        in.problem(WEEK_START, "week_start " + week + " is listed again; first on line " + before);
                    }
                    weeks.add(new BlackoutWeek(week, in.text(REASON)));
                }
            }
            in.finish();
            return weeks;
        }
    }

    public static void write(List<BlackoutWeek> weeks, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(weeks, out);
        }
    }

    public static void write(List<BlackoutWeek> weeks, Appendable out) {
        CsvOutput csv = CsvOutput.to(out);
        write(weeks, csv);
        csv.flush();
    }

    private static void write(List<BlackoutWeek> weeks, CsvOutput out) {
        out.row(COLUMNS);
        for (BlackoutWeek w : weeks) {
            out.row(w.weekStart().toString(), w.reason());
        }
    }
}
