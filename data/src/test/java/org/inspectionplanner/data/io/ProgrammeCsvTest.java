package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.Alignment;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Inspections, capacity and calendar: the three inputs of the programme scheduler. */
class ProgrammeCsvTest {

    private static final String INSPECTIONS_HEADER =
            "inspection_id,kind,lead,fieldwork_weeks,demand,earliest_start,latest_end\n";

    static List<String> problems(Executable read) {
        return catchThrowableOfType(InvalidInputException.class, read::execute)
                .problems().stream().map(InputProblem::toString).toList();
    }

    static List<Inspection> inspections(String csv) {
        return InspectionsCsv.read(new StringReader(csv), "inspections.csv");
    }

    @Test
    void readsAnInspectionWithEveryColumn() {
        List<Inspection> list = inspections(String.join(",", InspectionsCsv.COLUMNS) + ",budget\n"
                + "J1,Youth offending,youth_justice,joint,Probation,Leeds,2,\"constabulary:2; PROBATION:6\","
                + "2024-01-01,30/06/2024,1,2024-03-04,2024-03-11,Leeds; Bradford,JAR1,after:2,900\n"
                + "JAR1,,JOINT_AREA,,CPS,,1,CPS:1,2024-01-01,2024-12-31,,,,,,,\n");
        assertThat(list.get(0)).isEqualTo(new Inspection("J1", "Youth offending", InspectionKind.YOUTH_JUSTICE,
                Tier.JOINT, Inspectorate.PROBATION, "Leeds", 2,
                Map.of(Inspectorate.PROBATION, 6, Inspectorate.CONSTABULARY, 2), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 30), 1, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11),
                List.of("Leeds", "Bradford"), new Alignment("JAR1", Alignment.Relation.AFTER, 2, true),
                Map.of("budget", "900")));
    }

    @Test
    void defaultsPriorityTierAndOptionalDates() {
        Inspection sole = inspections(INSPECTIONS_HEADER + "P1,PDU_PROBATION,PROBATION,1,PROBATION:5,2024-01-01,2024-12-31\n").get(0);
        assertThat(sole.priority()).isEqualTo(InspectionsCsv.DEFAULT_PRIORITY).isEqualTo(3);
        assertThat(sole.tier()).isEqualTo(Tier.SOLE);
        assertThat(sole.preferredStart()).isNull();
        assertThat(sole.isFixed()).isFalse();
        assertThat(sole.area()).isNull();
        Inspection joint = inspections(INSPECTIONS_HEADER + "P1,JOINT_AREA,CPS,1,PROBATION:1;CPS:2,2024-01-01,2024-12-31\n").get(0);
        assertThat(joint.tier()).isEqualTo(Tier.JOINT);
    }

    @Test
    void reportsBadInspections() {
        assertThat(problems(() -> inspections("inspection_id,kind,lead,fieldwork_weeks,demand,earliest_start,latest_end,"
                + "priority,fixed_start\n"
                + "P1,AUDIT,PROBATION,0,PROBATION:x;POLICE:2;PROBATION:0,2024-02-01,2024-01-01,9,2024-03-05\n"
                + "P1,PRISON,PRISONS,1,PRISONS:1;PRISONS:2,2024-01-01,2024-12-31,,\n")))
                .hasSize(10)
                .contains("inspections.csv:2:2: kind 'AUDIT' is not valid; expected one of PDU_PROBATION, YOUTH_JUSTICE,"
                                + " JOINT_THEMATIC, JOINT_AREA, PRISON, CUSTODY",
                        "inspections.csv:2:4: fieldwork_weeks '0' is not valid; expected a whole number from 1 to 52",
                        "inspections.csv:2:8: priority '9' is not valid; expected a whole number from 1 to 5",
                        "inspections.csv:2:9: fixed_start '2024-03-05' is a tuesday; expected a Monday",
                        "inspections.csv:2:7: latest_end 2024-01-01 is before earliest_start 2024-02-01",
                        "inspections.csv:3:1: inspection_id 'P1' is used again; it must be unique and was first used on line 2")
                .filteredOn(p -> p.contains(":5: demand ")).hasSize(4)
                .allMatch(p -> p.contains("INSPECTORATE:staff pairs"));
    }

    @Test
    void aGivenTierIsReadAsGivenEvenWhereTheDemandWouldSuggestTheOther() {
        // Solely owned by HMI Prisons, with two probation inspectors lent to it: SOLE, as the file says.
        InspectionsCsv.Read read = InspectionsCsv.readWithWarnings(new StringReader("inspection_id,kind,tier,lead,"
                + "fieldwork_weeks,demand,earliest_start,latest_end\n"
                + "A,PRISON,SOLE,PRISONS,1,PRISONS:4;PROBATION:2,2024-01-01,2024-12-31\n"), "inspections.csv");
        assertThat(read.inspections()).extracting(Inspection::tier).containsExactly(Tier.SOLE);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aBlankTierIsInferredWithAWarningNamingItsCell() {
        InspectionsCsv.Read read = InspectionsCsv.readWithWarnings(new StringReader("inspection_id,kind,tier,lead,"
                + "fieldwork_weeks,demand,earliest_start,latest_end\n"
                + "A,JOINT_AREA,,CPS,1,PROBATION:1;CPS:2,2024-01-01,2024-12-31\n"
                + "B,PRISON,sole,PRISONS,1,PRISONS:3,2024-01-01,2024-12-31\n"
                + "C,PRISON,,PRISONS,1,PRISONS:3,2024-01-01,2024-12-31\n"), "inspections.csv");
        assertThat(read.inspections()).extracting(Inspection::tier).containsExactly(Tier.JOINT, Tier.SOLE, Tier.SOLE);
        assertThat(read.warnings()).extracting(InputProblem::toString).containsExactly(
                "inspections.csv:2:3: tier is blank; read as JOINT because the demand names 2 inspectorates;"
                        + " give the tier to say which it is",
                "inspections.csv:4:3: tier is blank; read as SOLE because the demand names 1 inspectorate;"
                        + " give the tier to say which it is");
    }

    @Test
    void theLeadStaffsItsOwnInspectionAndAJointOneHasTwoInspectorates() {
        assertThat(problems(() -> inspections("inspection_id,kind,tier,lead,fieldwork_weeks,demand,earliest_start,"
                + "latest_end\n"
                + "A,PRISON,SOLE,PROBATION,1,PRISONS:3,2024-01-01,2024-12-31\n"
                + "B,JOINT_AREA,JOINT,CPS,1,CPS:2,2024-01-01,2024-12-31\n"
                + "C,JOINT_AREA,JOINT,CPS,1,CPS:2;PROBATION:1,2024-01-01,2024-12-31\n"))).containsExactly(
                "inspections.csv:2:4: lead PROBATION does not staff its own inspection: demand is PRISONS:3;"
                        + " add PROBATION to the demand or name another lead",
                "inspections.csv:3:3: tier JOINT needs staff of at least two inspectorates, but demand is only"
                        + " CPS:2; add the partner inspectorates' staff or make the tier SOLE");
    }

    @Test
    void pdusAreDistinctAndAPduInspectionHasOne() {
        String header = "inspection_id,kind,lead,fieldwork_weeks,demand,earliest_start,latest_end,pdus\n";
        assertThat(problems(() -> inspections(header
                + "A,PDU_PROBATION,PROBATION,1,PROBATION:3,2024-01-01,2024-12-31,Leeds;Bradford\n"
                + "B,JOINT_AREA,PROBATION,1,PROBATION:3;CPS:1,2024-01-01,2024-12-31,Leeds;Leeds\n"))).containsExactly(
                "inspections.csv:2:8: a PDU_PROBATION inspection samples one PDU, but pdus names 2 (Leeds; Bradford);"
                        + " make it a JOINT_AREA or JOINT_THEMATIC inspection to cover several",
                "inspections.csv:3:8: pdus names 'Leeds' twice");
        InspectionsCsv.Read read = InspectionsCsv.readWithWarnings(new StringReader(header
                + "A,PDU_PROBATION,PROBATION,1,PROBATION:3,2024-01-01,2024-12-31,\n"
                + "B,PRISON,PRISONS,1,PRISONS:3,2024-01-01,2024-12-31,\n"), "inspections.csv");
        assertThat(read.warnings()).extracting(InputProblem::toString).filteredOn(w -> w.contains("pdus")).containsExactly(
                "inspections.csv:2:8: pdus is blank for a PDU_PROBATION inspection; no case sample will be planned"
                        + " for it (fieldwork-plan.csv has no row for it)");
    }

    @Test
    void alignmentNamesAnotherInspectionAndAKnownRelation() {
        String header = "inspection_id,kind,lead,fieldwork_weeks,demand,earliest_start,latest_end,align_with,align\n";
        String row = ",YOUTH_JUSTICE,PROBATION,1,PROBATION:3,2024-01-01,2024-12-31,";
        assertThat(problems(() -> inspections(header
                + "A" + row + "NOPE,SAME_WEEK\n"
                + "B" + row + "B,\n"
                + "C" + row + ",BEFORE\n"
                + "D" + row + "A,SOONISH\n"
                + "E" + row + "A,AFTER:2:SOFT:HARD\n"))).containsExactly(
                "inspections.csv:3:8: align_with names the inspection itself; name another inspection_id",
                "inspections.csv:4:8: align is 'BEFORE' but align_with is blank; name the inspection_id to align with",
                "inspections.csv:5:9: align 'SOONISH' is not valid; " + Alignment.EXPECTED,
                "inspections.csv:6:9: align 'AFTER:2:SOFT:HARD' is not valid; " + Alignment.EXPECTED,
                "inspections.csv:2:8: align_with 'NOPE' is not the inspection_id of any inspection in the file");
        List<Inspection> ok = inspections(header + "A" + row + ",\n" + "B" + row + "A,\n" + "C" + row + "A,before:3:soft\n");
        assertThat(ok.get(0).alignment()).isNull();
        assertThat(ok.get(1).alignment()).isEqualTo(new Alignment("A", Alignment.Relation.SAME_WEEK, 0, true));
        assertThat(ok.get(2).alignment()).isEqualTo(new Alignment("A", Alignment.Relation.BEFORE, 3, false));
        assertThat(ok.get(2).alignment().text()).isEqualTo("BEFORE:3:SOFT");
    }

    @Test
    void inspectionsRoundTrip(@TempDir Path dir) {
        List<Inspection> list = List.of(
                new Inspection("J1", "A \"joint\", area", InspectionKind.JOINT_AREA, Tier.JOINT, Inspectorate.CPS, "Kent", 3,
                        Map.of(Inspectorate.CPS, 2, Inspectorate.PROBATION, 4), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31), 2, LocalDate.of(2024, 5, 6), null, Map.of("note", "n")),
                new Inspection("P1", null, InspectionKind.PDU_PROBATION, Tier.SOLE, Inspectorate.PROBATION, null, 1,
                        Map.of(Inspectorate.PROBATION, 6), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 5, null,
                        LocalDate.of(2024, 3, 4), List.of("Leeds"), new Alignment("J1", Alignment.Relation.BEFORE, 1, false),
                        Map.of("note", "")));
        Path file = dir.resolve("inspections.csv");
        InspectionsCsv.write(list, file);
        assertThat(InspectionsCsv.read(file)).isEqualTo(list);
        assertThat(InspectionsCsv.demandText(list.get(0).demand())).isEqualTo("PROBATION:4;CPS:2");
    }

    @Test
    void capacityNeedsMondaysAndOneRowPerWeek() {
        assertThat(problems(() -> CapacityCsv.read(new StringReader("Week_Start,staff,INSPECTORATE,comment\n"
                + "2024-03-04,5,probation,x\n"
                + "2024-03-05,5,PRISONS,\n"
                + "04/03/2024,-1,PROBATION,\n"
                + "2024-03-11,,POLICE,\n"), "capacity.csv"))).containsExactly(
                "capacity.csv:3:1: week_start '2024-03-05' is a tuesday; expected a Monday",
                "capacity.csv:4:2: staff '-1' is not valid; expected a whole number from 0 to 100000",
                "capacity.csv:4:1: PROBATION already has a row for the week of 2024-03-04 on line 2; give one row per inspectorate and week",
                "capacity.csv:5:3: inspectorate 'POLICE' is not valid; expected one of PROBATION, PRISONS, CONSTABULARY, CPS, COURT_ADMINISTRATION",
                "capacity.csv:5:2: staff is blank; a value is required");
        assertThat(problems(() -> CapacityCsv.read(new StringReader("inspectorate,staff\n"), "capacity.csv")))
                .containsExactly("capacity.csv:1:0: missing required column 'week_start'; the header has inspectorate, staff");
    }

    @Test
    void capacityRoundTrips(@TempDir Path dir) {
        List<StaffCapacity> rows = List.of(new StaffCapacity(Inspectorate.PROBATION, LocalDate.of(2024, 3, 4), 12),
                new StaffCapacity(Inspectorate.CPS, LocalDate.of(2024, 3, 4), 0));
        Path file = dir.resolve("capacity.csv");
        CapacityCsv.write(rows, file);
        assertThat(CapacityCsv.read(file)).isEqualTo(rows);
    }

    @Test
    void calendarNeedsUniqueMondays(@TempDir Path dir) {
        assertThat(problems(() -> CalendarCsv.read(new StringReader("week_start,reason\n"
                + "2024-12-23,Christmas\n"
                + "2024-12-23,again\n"
                + "2024-12-25,Christmas Day\n"
                + "next week,\n"), "calendar.csv"))).containsExactly(
                "calendar.csv:3:1: week_start 2024-12-23 is listed again; first on line 2",
                "calendar.csv:4:1: week_start '2024-12-25' is a wednesday; expected a Monday",
                "calendar.csv:5:1: week_start 'next week' is not valid; expected a date as yyyy-MM-dd or dd/MM/yyyy");
        List<BlackoutWeek> weeks = List.of(new BlackoutWeek(LocalDate.of(2024, 12, 23), "Christmas"),
                new BlackoutWeek(LocalDate.of(2024, 12, 30), ""));
        Path file = dir.resolve("calendar.csv");
        CalendarCsv.write(weeks, file);
        assertThat(CalendarCsv.read(file)).isEqualTo(weeks);
    }
}
