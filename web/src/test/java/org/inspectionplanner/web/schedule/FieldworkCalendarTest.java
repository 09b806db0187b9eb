package org.inspectionplanner.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.planner.programme.ScheduleRow;
import org.junit.jupiter.api.Test;

class FieldworkCalendarTest {

    private static ScheduleRow row(String id, String pdu, LocalDate start) {
        return new ScheduleRow(id, InspectionKind.PDU_PROBATION, "", "PROBATION", "Area, North", pdu, 3, start,
                start == null ? null : start.plusDays(4), null, true, null, null, null, null);
    }

    @Test
    void oneAllDayEventPerScheduledInspectionWithAnExclusiveEndAndEscapedText() {
        String ics = new String(FieldworkCalendar.of(List.of(
                row("I-1", "Leeds;Bradford", LocalDate.of(2026, 1, 5)),
                row("I-2", "York", null)), Instant.parse("2026-01-01T00:00:00Z")), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20260105\r\n", "DTEND;VALUE=DATE:20260110\r\n",
                "SUMMARY:Fieldwork: I-1 (Leeds\\, Bradford)\r\n", "DTSTAMP:20260101T000000Z\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2); // the unscheduled inspection has no event
        assertThat(ics.lines()).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void longLinesAreFoldedWithoutSplittingACharacter() {
        String ics = new String(FieldworkCalendar.of(List.of(row("I-" + "é".repeat(60), "P", LocalDate.of(2026, 1, 5))),
                Instant.EPOCH), StandardCharsets.UTF_8);
        assertThat(ics).contains("\r\n ");
        assertThat(ics.replace("\r\n ", "")).contains("I-" + "é".repeat(60));
    }
}
