package org.inspectionplanner.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocationBoardTest {

    private static final String REPORT = """
            {"score":{"hard":0,"medium":-1,"soft":-120,"feasible":true,"assigned_cases":2,"total_cases":3},
             "constraints":[{"name":"capacity","level":"HARD","weight":1,"match_count":0,"score":0,"matches":[]},
                            {"name":"continuity","level":"SOFT","weight":50000,"match_count":1,"score":-50000,
                             "matches":[{"cases":["C1","C2"],"inspectors":["I1","I2"],"facts":["PR7"],"score":-50000}]}],
             "inspectors":[{"inspector_id":"I1","case_count":1,"cases":["C1"],"weighted_load":1.5,"capacity":2,
                            "relative_load":0.75,"days_used":["2026-03-02"],"offices":["North"]},
                           {"inspector_id":"I2","case_count":1,"cases":["C2"],"weighted_load":3.0,"capacity":2,
                            "relative_load":1.5,"days_used":[],"offices":[]}],
             "unassigned":[{"case_id":"C3","reasons":["NO_SKILLED_INSPECTOR","NO_CAPACITY"],"message":"no inspector with WELSH_LANGUAGE has room"}]}
            """;

    private static final List<Map<String, String>> ROWS = List.of(
            Map.of("case_id", "C1", "inspector_id", "I1", "interview_date", "2026-03-02", "interview_time", "09:30"),
            Map.of("case_id", "C2", "inspector_id", "I2", "interview_date", "2026-03-02", "interview_time", "11:15"),
            Map.of("case_id", "C3", "inspector_id", "", "interview_date", "", "interview_time", "", "reason", "NO_CAPACITY"));

    @Test
    void readsThePlannersReportIntoColumnsTimetableUnassignedAndConstraints() throws Exception {
        AllocationBoard board = AllocationBoard.from(new ObjectMapper().readTree(REPORT), ROWS,
                Map.of("C1", new AllocationBoard.CaseFacts("North", "PR7"), "C2", new AllocationBoard.CaseFacts("South", "PR7")),
                Map.of("I1", new AllocationBoard.InspectorFacts("Ann", List.of("welsh language"), 2)),
                Set.of("C1"), List.of());
        assertThat(board.score()).isEqualTo("0hard/-1medium/-120soft");
        assertThat(board.assignedCases()).isEqualTo(2);
        assertThat(board.totalCases()).isEqualTo(3);
        assertThat(board.columns()).extracting(AllocationBoard.Column::inspectorId).containsExactly("I1", "I2");
        AllocationBoard.Column ann = board.columns().get(0);
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(ann.skills()).containsExactly("welsh language");
        assertThat(ann.loadPercent()).isEqualTo(75);
        assertThat(ann.cards()).singleElement().satisfies(c -> {
            assertThat(c.pinned()).isTrue();
            assertThat(c.practitionerId()).isEqualTo("PR7");
            assertThat(c.interview()).isEqualTo("interview 2026-03-02 09:30");
        });
        // Over capacity shows as over 100% and the bar stops at its end.
        assertThat(board.columns().get(1).loadPercent()).isEqualTo(150);
        assertThat(board.columns().get(1).barPercent()).isEqualTo(100);
        assertThat(board.days()).containsExactly("2026-03-02");
        assertThat(board.slots()).containsExactly("09:30", "11:15");
        assertThat(board.at("2026-03-02", "11:15")).singleElement().satisfies(i -> assertThat(i.inspectorId()).isEqualTo("I2"));
        assertThat(board.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.reasons()).isEqualTo("NO_SKILLED_INSPECTOR, NO_CAPACITY");
            assertThat(u.message()).contains("WELSH_LANGUAGE");
        });
        assertThat(board.constraints()).extracting(AllocationBoard.ConstraintLine::name).containsExactly("capacity", "continuity");
        assertThat(board.constraints().get(1).matches()).containsExactly("cases C1, C2; inspectors I1, I2; PR7; score -50000");
    }
}
