package org.inspectionplanner.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import org.junit.jupiter.api.Test;

/** Every generated row passes the project's readers, and reads back equal to what was generated. */
class GeneratedDataReadsBackTest {

    @Test
    void generatedCaseloadPassesTheReaderUnchanged() {
        List<CaseRecord> cases = CaseloadGenerator.generate(CaseloadSpec.defaults().withPdus(5).withWeeklyMeanPerPdu(20));
        StringBuilder csv = new StringBuilder();
        CaseloadCsv.write(new Caseload("generated", List.of(), cases), csv);
        Caseload read = CaseloadCsv.read(new StringReader(csv.toString()), "caseload.csv");
        assertThat(read.cases().size()).isEqualTo(cases.size());
        assertThat(read.cases().equals(cases)).isTrue(); // equals(), so a failure does not print every case
    }

    @Test
    void generatedRosterAndProgrammePassTheirReadersUnchanged() {
        DemoData small = DemoData.small();
        StringBuilder roster = new StringBuilder();
        RosterCsv.write(new Roster("inspectors.csv", List.of(), small.inspectors()), roster);
        assertThat(RosterCsv.read(new StringReader(roster.toString()), "inspectors.csv").inspectors())
                .isEqualTo(small.inspectors());

        Programme p = ProgrammeGenerator.generate(3, 150, java.time.LocalDate.of(2026, 9, 7), 52);
        StringBuilder inspections = new StringBuilder();
        InspectionsCsv.write(p.inspections(), inspections);
        assertThat(InspectionsCsv.read(new StringReader(inspections.toString()), "inspections.csv")).isEqualTo(p.inspections());
        StringBuilder capacity = new StringBuilder();
        CapacityCsv.write(p.capacity(), capacity);
        assertThat(CapacityCsv.read(new StringReader(capacity.toString()), "capacity.csv")).isEqualTo(p.capacity());
        StringBuilder calendar = new StringBuilder();
        CalendarCsv.write(p.calendar(), calendar);
        assertThat(CalendarCsv.read(new StringReader(calendar.toString()), "calendar.csv")).isEqualTo(p.calendar());
    }
}
