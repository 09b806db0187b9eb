package org.inspectionplanner.planner.allocation;

import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.Solved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.io.Json;
import org.inspectionplanner.data.roster.Inspector;
import org.junit.jupiter.api.Test;

class AllocationOutputTest {

    @Test
    void writesEveryCaseAndReadsBackAsThePreviousPlan() throws Exception {
        List<CaseRecord> cases = new ArrayList<>(AllocationSolverTest.cases());
        cases.add(caseRecord("=HYPERLINK(\"x\")", "PDU1", "Office A", "PR1",
                org.inspectionplanner.data.caseload.SentenceType.COMMUNITY_ORDER,
                org.inspectionplanner.data.caseload.RiskLevel.LOW, 0, 1, true)); // Welsh: nobody can take it
        List<Inspector> roster = AllocationSolverTest.roster().stream()
                .map(i -> inspector(i.inspectorId(), i.maxCases(), Set.of(), i.availableDays(), i.conflictPdus(),
                        i.conflictPractitioners()))
                .toList();
        Solved<AllocationSolution> result = Fixtures.solve(AllocationProblem.create(cases, roster, PARAMS, List.of()),
                Duration.ofSeconds(1), 1L);
        AllocationReport report = AllocationReport.of(result.solution(), result.figures());
        Map<String, byte[]> files = AllocationOutput.files(result.solution(), report);
        assertThat(files).containsOnlyKeys("allocation.csv", "report.json");

        String csv = new String(files.get("allocation.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("case_id,inspector_id,interview_date,interview_time,weight,pinned,reason,reason_message\r\n");
        assertThat(csv.split("\r\n")).hasSize(cases.size() + 1);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain("\n=HYPERLINK").contains("NO_SKILLED_INSPECTOR");

        List<PreviousAssignment> previous = PreviousPlanCsv.read(new StringReader(csv), "allocation.csv");
        assertThat(previous).hasSize(cases.size());
        for (CaseAllocation c : result.solution().getCases()) {
            PreviousAssignment row = previous.stream().filter(p -> p.caseId().equals(c.getCaseId())
                    || p.caseId().equals("'" + c.getCaseId())).findFirst().orElseThrow();
            assertThat(row.inspectorId()).isEqualTo(c.isAssigned() ? c.getInspector().getId() : null);
            assertThat(row.interviewDate()).isEqualTo(c.isAssigned() && c.getSlot() != null ? c.getSlot().getDay() : null);
            assertThat(row.pinned()).isFalse();
        }

        JsonNode json = Json.mapper().readTree(files.get("report.json"));
        assertThat(json.at("/score/hard").asLong()).isZero();
        // Without specialists, the Welsh, MAPPA and sexual-offending cases (4 + the added one) stay out.
        assertThat(json.at("/score/medium").asLong()).isEqualTo(-5);
        assertThat(json.at("/unassigned")).hasSize(5).allMatch(u -> u.at("/reasons/0").asText().equals("NO_SKILLED_INSPECTOR"));
        JsonNode unassignedConstraint = null;
        for (JsonNode constraint : json.at("/constraints")) {
            if (constraint.at("/name").asText().equals("unassigned case")) {
                unassignedConstraint = constraint;
            }
        }
        assertThat(unassignedConstraint).isNotNull();
        assertThat(unassignedConstraint.at("/level").asText()).isEqualTo("MEDIUM");
        assertThat(unassignedConstraint.at("/weight").asLong()).isEqualTo(1);
        assertThat(unassignedConstraint.at("/match_count").asInt()).isEqualTo(5);
        assertThat(unassignedConstraint.at("/score").asLong()).isEqualTo(-5);
        assertThat(unassignedConstraint.at("/matches").findValuesAsText("cases").toString()).isNotNull();
        assertThat(unassignedConstraint.at("/matches").toString()).contains("=HYPERLINK");
        assertThat(json.at("/inspectors")).hasSize(4);
        assertThat(json.at("/inspectors/0/weighted_load").asDouble()).isPositive();
        assertThat(json.at("/solver/termination").asText()).isIn("UNIMPROVED_LIMIT", "TIME_LIMIT");
        assertThat(json.at("/solver/best_score_over_time/0/step").asText()).isNotEmpty();
        assertThat(json.at("/solver/best_score_over_time")).isNotEmpty();
        assertThat(json.at("/balance/ideal_relative_load").asDouble()).isPositive();
    }

    @Test
    void previousPlanProblemsNameLineAndColumn() {
        String csv = "case_id,inspector_id,interview_date,interview_time,pinned\n"
                + "C1,ANN,2026-03-02,09:30,true\n"
                + "C2,BOB,2026-13-02,09:30,false\n"
                + "C1,BOB,,,maybe\n"
                + "C3,BOB,2026-03-02,,\n";
        assertThatThrownBy(() -> PreviousPlanCsv.read(new StringReader(csv), "prev.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("prev.csv:3:3: interview_date '2026-13-02' is not valid; expected a date")
                .hasMessageContaining("prev.csv:4:1: case C1 appears again (first on line 2)")
                .hasMessageContaining("prev.csv:4:5: pinned 'maybe' is not valid; expected true/false")
                .hasMessageContaining("prev.csv:5:4: interview_date and interview_time go together");
    }

    @Test
    void previousPlanNeedsItsColumns() {
        assertThatThrownBy(() -> PreviousPlanCsv.read(new StringReader("case_id,inspector\nC1,ANN\n"), "prev.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("prev.csv:1:0: missing required column 'inspector_id'");
    }

    @Test
    void pinnedRowNamingAnUnknownInspectorIsRejected() {
        List<PreviousAssignment> previous = List.of(new PreviousAssignment("C01", "ZED", MONDAY, java.time.LocalTime.of(9, 30), true));
        assertThatThrownBy(() -> AllocationProblem.create(AllocationSolverTest.cases(), AllocationSolverTest.roster(), PARAMS, previous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZED");
    }
}
