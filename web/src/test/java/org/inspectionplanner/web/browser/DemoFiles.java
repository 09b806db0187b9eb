package org.inspectionplanner.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;

/** The small demo data set written as the files a person would upload, plus a broken caseload. */
final class DemoFiles {

    final DemoData demo = DemoData.small();
    final Path dir;
    final Path caseload;
    final Path badCaseload;
    final Path inspectors;
    /** A roster too small for a sample: two inspectors with room for two cases each, so cases are left unassigned. */
    final Path twoInspectors;
    final Path inspections;
    final Path capacity;
    final Path calendar;

    DemoFiles() {
        try {
            dir = Files.createTempDirectory("ip-demo-files");
            caseload = dir.resolve("demo-caseload.csv");
            CaseloadCsv.write(new Caseload("demo-caseload.csv", List.of(), demo.caseload()), caseload);
            inspectors = dir.resolve("demo-inspectors.csv");
            RosterCsv.write(new Roster("demo-inspectors.csv", List.of(), demo.inspectors()), inspectors);
            twoInspectors = dir.resolve("two-inspectors.csv");
            RosterCsv.write(new Roster("two-inspectors.csv", List.of(), demo.inspectors().stream().limit(2)
                    .map(i -> new org.inspectionplanner.data.roster.Inspector(i.inspectorId(), i.name(), i.inspectorate(), i.role(),
                            i.skills(), 2, i.availableDays(), i.conflictPdus(), i.conflictPractitioners(), i.extra()))
                    .toList()), twoInspectors);
            inspections = dir.resolve("demo-inspections.csv");
            InspectionsCsv.write(demo.programme().inspections(), inspections);
            capacity = dir.resolve("demo-capacity.csv");
            CapacityCsv.write(demo.programme().capacity(), capacity);
            calendar = dir.resolve("demo-calendar.csv");
            CalendarCsv.write(demo.programme().calendar(), calendar);
            // Two bad dates and a bad RoSH on different lines: every one must be reported.
            List<String> lines = Files.readAllLines(caseload);
            badCaseload = dir.resolve("bad-caseload.csv");
            lines.set(2, breakCell(lines.get(2), "start_date", "2025-13-45", lines.get(0)));
            lines.set(4, breakCell(lines.get(4), "start_date", "not a date", lines.get(0)));
            lines.set(5, breakCell(lines.get(5), "rosh", "SEVERE", lines.get(0)));
            Files.write(badCaseload, (String.join("\r\n", lines.subList(0, 8)) + "\r\n").getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based column of a header name. */
    static int column(String header, String name) {
        return List.of(header.split(",", -1)).indexOf(name) + 1;
    }

    private static String breakCell(String line, String column, String value, String header) {
        String[] cells = line.split(",", -1);
        cells[column(header, column) - 1] = value;
        return String.join(",", cells);
    }

    String firstPdu() {
        return demo.fieldworkPlan().get(0).pdu();
    }

    String firstFieldwork() {
        var date = demo.fieldworkPlan().get(0).fieldworkStart();
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
