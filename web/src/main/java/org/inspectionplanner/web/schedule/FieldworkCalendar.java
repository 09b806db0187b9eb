package org.inspectionplanner.web.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.inspectionplanner.planner.programme.ScheduleRow;

/**
 * The scheduled fieldwork weeks as an iCalendar file (RFC 5545): one all-day event per scheduled
 * inspection, from the first fieldwork day to the last, for inspectors' and partners' calendars.
 */
final class FieldworkCalendar {

    static final String FILE = "fieldwork.ics";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private FieldworkCalendar() {
    }

    static byte[] of(List<ScheduleRow> rows, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//inspection-planner//joint inspection programme//EN");
        line(ics, "CALSCALE:GREGORIAN");
        for (ScheduleRow row : rows) {
            if (row.fieldworkStart() == null) {
                continue;
            }
            LocalDate end = row.fieldworkEnd() == null ? row.fieldworkStart().plusDays(4) : row.fieldworkEnd();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(row.inspectionId() + "-" + DAY.format(row.fieldworkStart()) + "@inspection-planner"));
            line(ics, "DTSTAMP:" + STAMP.format(stamp));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(row.fieldworkStart()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(end.plusDays(1))); // the end date is exclusive
            String where = row.pdus() != null && !row.pdus().isBlank() ? row.pdus().replace(";", ", ") : row.area();
            line(ics, "SUMMARY:" + text("Fieldwork: " + row.inspectionId() + (where == null ? "" : " (" + where + ")")));
            line(ics, "DESCRIPTION:" + text(row.kind() + ", lead " + row.lead() + (row.pinned() ? ", pinned" : "")));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5545 TEXT escaping. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Ends a content line with CRLF, folding it at 75 octets as RFC 5545 asks. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int cut = start + limit;
            while ((bytes[cut] & 0xC0) == 0x80) { // never split a UTF-8 character
                cut--;
            }
            out.append(new String(bytes, start, cut - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = cut;
            limit = 74; // the leading space counts
        }
        out.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
