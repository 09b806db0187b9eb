package org.inspectionplanner.web.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar file (RFC 5545) of fieldwork weeks: one all-day event per scheduled inspection from
 * the Monday its fieldwork starts to the Friday it ends. CRLF line ends, TEXT values escaped, lines
 * folded at 75 octets without splitting a UTF-8 character; deterministic for the same schedule
 * (DTSTAMP is the time the plan was last improved, UIDs come from the job and the inspection).
 */
public final class FieldworkCalendar {

    /** One inspection's fieldwork: {@code end} is the last day (inclusive). */
    public record Fieldwork(String inspectionId, String summary, String description, LocalDate start, LocalDate end) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private FieldworkCalendar() {
    }

    public static byte[] write(String calendarName, String uidDomain, Instant stamp, List<Fieldwork> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Inspection planner//Fieldwork weeks//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Fieldwork f : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(f.inspectionId()) + "@" + uidDomain);
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(f.start()));
            // DTEND of an all-day event is exclusive: the day after the last fieldwork day.
            line(out, "DTEND;VALUE=DATE:" + DATE.format(f.end().plusDays(1)));
            line(out, "SUMMARY:" + text(f.summary()));
            if (f.description() != null && !f.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(f.description()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
