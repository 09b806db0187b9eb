package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.StaffCapacity;

/**
 * Staff capacity ({@code capacity.csv}): staff of an inspectorate available in a week. A week with
 * no row has no staff. Unknown columns are allowed but not kept: no output is made per capacity row.
 */
public final class CapacityCsv {

    public static final List<String> COLUMNS = List.of("inspectorate", "week_start", "staff");
    private static final int INSPECTORATE = 0;
    private static final int WEEK_START = 1;
    private static final int STAFF = 2;

    private CapacityCsv() {
    }

    public static List<StaffCapacity> read(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<StaffCapacity> read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    public static List<StaffCapacity> read(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, COLUMNS)) {
            List<StaffCapacity> rows = new ArrayList<>();
            FirstSeen seen = new FirstSeen();
            while (in.next()) {
                Inspectorate who = in.enumValue(INSPECTORATE, RosterCsv.INSPECTORATES, true);
                LocalDate week = in.monday(WEEK_START, true);
                Integer staff = in.integer(STAFF, true, 0, 100_000);
                if (who != null && week != null) {
                    long before = seen.putIfAbsent(who + " " + week, in.line());
                    if (before != 0) {
                        in.problem(WEEK_START, who + " already has a row for the week of " + week
                                + " on line " + before + "; give one row per inspectorate and week");
                    }
                }
                if (who != null && week != null && staff != null) {
                    rows.add(new StaffCapacity(who, week, staff));
                }
            }
            in.finish();
            return rows;
        }
    }

    public static void write(List<StaffCapacity> capacity, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(capacity, out);
        }
    }

    public static void write(List<StaffCapacity> capacity, Appendable out) {
        CsvOutput csv = CsvOutput.to(out);
        write(capacity, csv);
        csv.flush();
    }

    private static void write(List<StaffCapacity> capacity, CsvOutput out) {
        out.row(COLUMNS);
        for (StaffCapacity c : capacity) {
            out.row(c.inspectorate().name(), c.weekStart().toString(), Integer.toString(c.staff()));
        }
    }
}
