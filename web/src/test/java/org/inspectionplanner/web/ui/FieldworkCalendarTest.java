package org.inspectionplanner.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldworkCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-01-05T09:30:00Z");

    private static String write(FieldworkCalendar.Fieldwork... events) {
        return new String(FieldworkCalendar.write("Programme 1", "schedule-1.inspection-planner", STAMP, List.of(events)),
                StandardCharsets.UTF_8);
    }

    @Test
    void anAllDayEventRunsFromTheFirstMondayToTheDayAfterTheLastFriday() {
        String ics = write(new FieldworkCalendar.Fieldwork("INS-1", "Fieldwork: Leeds PDU", "Lead: PROBATION",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13)));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
        assertThat(ics).contains("BEGIN:VEVENT\r\nUID:INS-1@schedule-1.inspection-planner\r\nDTSTAMP:20260105T093000Z\r\n"
                + "DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260314\r\n");
        assertThat(ics).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        // Every line ends CRLF: no bare LF anywhere.
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(FieldworkCalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        String ics = write(new FieldworkCalendar.Fieldwork("X", "Fieldwork: Courts, custody; youth", "line one\nline two",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        assertThat(ics).contains("SUMMARY:Fieldwork: Courts\\, custody\\; youth\r\n");
        assertThat(ics).contains("DESCRIPTION:line one\\nline two\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "Fieldwork: " + "Ysbyty Gwynedd a’r Fro ".repeat(10);
        String ics = write(new FieldworkCalendar.Fieldwork("W", title, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // Unfolding (remove CRLF + space) gives back the whole escaped value.
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + FieldworkCalendar.text(title) + "\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isGreaterThan(1);
    }
}
