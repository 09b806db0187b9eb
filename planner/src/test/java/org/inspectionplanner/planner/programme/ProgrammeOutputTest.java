package org.inspectionplanner.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;
import org.junit.jupiter.api.Test;

/** schedule.csv, fieldwork-plan.csv, report.json and the previous-schedule reader, without the solver. */
class ProgrammeOutputTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);

    private static Inspection inspection(String id, InspectionKind kind, Tier tier, String area, int weeks,
            Map<Inspectorate, Integer> demand, String... pdus) {
        return new Inspection(id, "t", kind, tier, Inspectorate.PROBATION, area, weeks, demand, FROM,
                FROM.plusWeeks(30), 2, null, null, List.of(pdus), null, Map.of());
    }

    /**
     * PDU-1 (of Leeds, in West Yorkshire) at week 10 (2 weeks), a prison sole inspection at week 3, an
     * area inspection of two PDUs at week 3, and a thematic of one PDU that never fits.
     */
    private static ProgrammeSchedule schedule() {
        List<Inspection> list = List.of(
                inspection("PDU-1", InspectionKind.PDU_PROBATION, Tier.JOINT, "West Yorkshire", 2,
                        Map.of(Inspectorate.PROBATION, 4, Inspectorate.CONSTABULARY, 1), "=Leeds"),
                inspection("PRI-1", InspectionKind.PRISON, Tier.SOLE, "HMP X", 1, Map.of(Inspectorate.PRISONS, 3)),
                inspection("BIG", InspectionKind.JOINT_THEMATIC, Tier.JOINT, null, 1, Map.of(Inspectorate.CPS, 50),
                        "Bradford"),
                inspection("AREA-1", InspectionKind.JOINT_AREA, Tier.JOINT, "Kent", 1,
                        Map.of(Inspectorate.PROBATION, 1, Inspectorate.CPS, 1), "Kent North", "Kent South"));
        List<StaffCapacity> capacity = new java.util.ArrayList<>();
        for (int w = 0; w < 20; w++) {
            for (Inspectorate i : Inspectorate.values()) {
                capacity.add(new StaffCapacity(i, FROM.plusWeeks(w), 5));
            }
        }
        var schedule = ProgrammeProblem.create(list, capacity, List.of(),
                new ProgrammeParameters(FROM, FROM.plusWeeks(19), FROM.minusWeeks(4), 2, 12, 8, ProgrammeWeights.DEFAULT),
                List.of());
        schedule.getInspections().get(0).setStart(schedule.getWeeks().get(10));
        schedule.getInspections().get(1).setStart(schedule.getWeeks().get(3));
        schedule.getInspections().get(3).setStart(schedule.getWeeks().get(3));
        return schedule;
    }

    @Test
    void rowsCarryTheDefinedDates() {
        List<ScheduleRow> rows = ScheduleRow.of(schedule());
        assertThat(rows).extracting(ScheduleRow::inspectionId).containsExactly("AREA-1", "PRI-1", "PDU-1", "BIG");
        ScheduleRow pdu = rows.get(2);
        LocalDate start = FROM.plusWeeks(10);
        assertThat(pdu.fieldworkStart()).isEqualTo(start);
        assertThat(pdu.fieldworkEnd()).isEqualTo(start.plusWeeks(1).plusDays(4)); // Friday of the 2nd week
        assertThat(pdu.noticeDate()).isEqualTo(start.minusWeeks(2));
        assertThat(pdu.cohortWindowStart()).isEqualTo(start.minusWeeks(32));
        assertThat(pdu.cohortWindowEnd()).isEqualTo(start.minusWeeks(27));
        assertThat(pdu.pdus()).isEqualTo("=Leeds");
        assertThat(pdu.area()).isEqualTo("West Yorkshire");
        ScheduleRow prison = rows.get(1);
        assertThat(prison.pdus()).isNull();
        assertThat(prison.cohortWindowStart()).isNull();
        assertThat(rows.get(0).pdus()).isEqualTo("Kent North;Kent South");
        assertThat(rows.get(0).cohortWindowStart()).isEqualTo(FROM.plusWeeks(3).minusWeeks(32));
        ScheduleRow big = rows.get(3);
        assertThat(big.fieldworkStart()).isNull();
        assertThat(big.reason()).isEqualTo("CAPACITY");
        assertThat(big.reasonMessage()).contains("CPS");
    }

    @Test
    void filesAreWrittenSafelyAndTheFieldworkPlanHoldsScheduledPdusOnly() {
        ProgrammeSchedule schedule = schedule();
        List<ScheduleRow> rows = ScheduleRow.of(schedule);
        Map<String, byte[]> files = ProgrammeOutput.files(rows, ProgrammeReport.of(schedule, null));
        assertThat(files).containsOnlyKeys("schedule.csv", "fieldwork-plan.csv", "report.json");
        String csv = new String(files.get("schedule.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("PDU-1,PDU_PROBATION,JOINT,PROBATION,West Yorkshire,'=Leeds,2,2026-03-16,2026-03-27,2026-03-02,false,2025-08-04,2025-09-08,,");
        String plan = new String(files.get("fieldwork-plan.csv"), StandardCharsets.UTF_8);
        assertThat(plan).isEqualTo("inspection_id,pdu,fieldwork_start\r\n"
                + "AREA-1,Kent North,2026-01-26\r\nAREA-1,Kent South,2026-01-26\r\n"
                + "PDU-1,'=Leeds,2026-03-16\r\n");
        String json = new String(files.get("report.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"medium_score\" : -4").contains("\"joint_share\"");
    }

    @Test
    void reportListsEveryConstraintLoadAndJointShare() {
        ProgrammeReport report = ProgrammeReport.of(schedule(), null);
        assertThat(report.constraints()).extracting(ProgrammeReport.ConstraintReport::name).containsExactly(
                "capacity", "window", "blackout", "area burden", "announced", "notice", "alignment", "unscheduled",
                "urgency", "preferred start", "level loading", "joint burden", "stability", "alignment preference");
        assertThat(report.constraints().get(7).matchCount()).isEqualTo(1);
        assertThat(report.constraints().get(7).matches().get(0).description()).contains("BIG");
        assertThat(report.load()).hasSize(20 * 5);
        assertThat(report.load()).anySatisfy(l -> {
            assertThat(l.inspectorate()).isEqualTo(Inspectorate.PROBATION);
            assertThat(l.weekStart()).isEqualTo(FROM.plusWeeks(11));
            assertThat(l.demanded()).isEqualTo(4);
            assertThat(l.available()).isEqualTo(5);
        });
        // probation: 8 staff-weeks, all JOINT; prisons: 3 staff-weeks, SOLE
        assertThat(report.jointShare()).anySatisfy(j -> {
            assertThat(j.inspectorate()).isEqualTo(Inspectorate.PROBATION);
            assertThat(j.jointShare()).isEqualTo(1.0);
        });
        assertThat(report.jointShare()).anySatisfy(j -> {
            assertThat(j.inspectorate()).isEqualTo(Inspectorate.PRISONS);
            assertThat(j.staffWeeks()).isEqualTo(3);
            assertThat(j.jointShare()).isEqualTo(0.0);
        });
        assertThat(report.counts().unscheduled()).isEqualTo(1);
    }

    @Test
    void previousScheduleReadsBackTheFileThePlannerWrites() throws Exception {
        String csv = ProgrammeOutput.scheduleCsv(ScheduleRow.of(schedule()));
        List<PreviousStart> rows = PreviousSchedule.read(new StringReader(csv), "schedule.csv");
        assertThat(rows).containsExactly(
                new PreviousStart("AREA-1", FROM.plusWeeks(3), false),
                new PreviousStart("PRI-1", FROM.plusWeeks(3), false),
                new PreviousStart("PDU-1", FROM.plusWeeks(10), false),
                new PreviousStart("BIG", null, false));
    }

    @Test
    void previousScheduleRejectsBadRowsWithTheirPlace() {
        String csv = "inspection_id,fieldwork_start,pinned\nA,2026-01-06,false\nB,2026-01-05,maybe\nA,,\nC,,true\n";
        assertThatThrownBy(() -> PreviousSchedule.read(new StringReader(csv), "prev.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("prev.csv:2:2: fieldwork_start '2026-01-06' is a tuesday; expected a Monday")
                .hasMessageContaining("prev.csv:3:3: pinned 'maybe' is not valid")
                .hasMessageContaining("prev.csv:4:1: inspection_id 'A' appears again (first on line 2)")
                .hasMessageContaining("prev.csv:5:2: a pinned row needs a fieldwork_start");
        assertThatThrownBy(() -> PreviousSchedule.read(new StringReader("id,start\n"), "prev.csv"))
                .hasMessageContaining("prev.csv:1:0: missing required column 'inspection_id'")
                .hasMessageContaining("prev.csv:1:0: missing required column 'fieldwork_start'");
    }

    @Test
    void previousScheduleFollowsTheSharedCsvRules() {
        // a byte-order mark, names in any case and British dates read as in every other input
        assertThat(PreviousSchedule.read(new StringReader("\uFEFFInspection_ID,Fieldwork_Start\nA,02/03/2026\n"), "prev.csv"))
                .containsExactly(new PreviousStart("A", java.time.LocalDate.of(2026, 3, 2), false));
        // and the same refusals: control characters, UTF-16
        assertThatThrownBy(() -> PreviousSchedule.read(new StringReader("inspection_id,fieldwork_start\nA\u0007,\n"), "prev.csv"))
                .hasMessageContaining("prev.csv:2:1: the value holds a control character (U+0007)");
        assertThatThrownBy(() -> org.inspectionplanner.planner.allocation.PreviousPlanCsv.read(
                new java.io.ByteArrayInputStream("case_id,inspector_id\nC1,ANN\n".getBytes(java.nio.charset.StandardCharsets.UTF_16)),
                "allocation.csv"))
                .hasMessage("allocation.csv:1:0: the file is UTF-16; save it as UTF-8");
    }
}
