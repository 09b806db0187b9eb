package org.inspectionplanner.web.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.io.Json;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.junit.jupiter.api.Test;

class AllocationBoardTest {

    /** A report as the planner writes it: 1 of 3 cases unassigned, one inspector at 150% of capacity. */
    private static final String REPORT = """
            {"score":{"hard":0,"medium":-1,"soft":-120,"feasible":true,"assigned_cases":2,"total_cases":3},
             "constraints":[{"name":"capacity","level":"HARD","weight":1,"match_count":0,"score":0,"matches":[]},
                            {"name":"continuity","level":"SOFT","weight":50000,"match_count":1,"score":-50000,
                             "matches":[{"cases":["C1","C2"],"inspectors":["I1","I2"],"facts":["practitioner PR7"],"score":-50000}]}],
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

    private static AllocationBoard board(String report) throws Exception {
        return AllocationBoard.from(Json.mapper().readValue(report, AllocationReport.class), ROWS,
                Map.of("C1", new AllocationBoard.CaseFacts("North", "PR7", "Community order, high RoSH"),
                        "C2", new AllocationBoard.CaseFacts("South", "PR7", "Licence")),
                Map.of("I1", new AllocationBoard.InspectorFacts("Ann", "Probation", "Inspector", List.of("welsh language"), 2),
                        "I2", new AllocationBoard.InspectorFacts("Bea", "CPS", "Associate inspector", List.of(), 2)),
                Set.of("C1"), List.of(), List.of(java.time.LocalDateTime.parse("2026-03-02T09:30"),
                        java.time.LocalDateTime.parse("2026-03-02T14:00"), java.time.LocalDateTime.parse("2026-03-03T09:30")));
    }

    /** Finding 6: every slot of the fieldwork is offered to move a case into, used or free, in words. */
    @Test
    void offersEverySlotOfTheFieldworkUsedOrFree() throws Exception {
        AllocationBoard board = board(REPORT);
        assertThat(board.slotChoices()).extracting(AllocationBoard.SlotChoice::label)
                .containsExactly("Mon 2 Mar at 09:30", "Mon 2 Mar at 14:00", "Tue 3 Mar at 09:30");
        assertThat(board.slotChoices().get(1).value()).isEqualTo("2026-03-02T14:00");
        // The timetable has a row per fieldwork day and a column per slot time, plus the times the plan uses.
        assertThat(board.days()).containsExactly("2026-03-02", "2026-03-03");
        assertThat(board.slots()).containsExactly("09:30", "11:15", "14:00");
        assertThat(board.at("2026-03-03", "09:30")).isEmpty();
    }

    @Test
    void readsThePlannersTypedReportIntoGroupsTimetableUnassignedAndConstraintsInWords() throws Exception {
        AllocationBoard board = board(REPORT);
        assertThat(board.assignedCases()).isEqualTo(2);
        assertThat(board.totalCases()).isEqualTo(3);
        assertThat(board.groups()).extracting(AllocationBoard.InspectorGroup::inspectorId).containsExactly("I1", "I2");
        AllocationBoard.InspectorGroup ann = board.groups().get(0);
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(ann.inspectorateAndRole()).isEqualTo("Probation, Inspector");
        assertThat(board.groups().get(1).inspectorateAndRole()).isEqualTo("CPS, Associate inspector");
        assertThat(ann.skills()).containsExactly("welsh language");
        assertThat(ann.loadPercent()).isEqualTo(75);
        assertThat(ann.casesText()).isEqualTo("1 case of 2");
        assertThat(ann.cases()).singleElement().satisfies(c -> {
            assertThat(c.pinned()).isTrue();
            assertThat(c.description()).isEqualTo("Community order, high RoSH");
            assertThat(c.interview()).isEqualTo("Mon 2 Mar at 09:30");
        });
        // Over capacity by weighted load shows as over 100% and the bar stops at its end.
        assertThat(board.groups().get(1).loadPercent()).isEqualTo(150);
        assertThat(board.groups().get(1).overloaded()).isTrue();
        assertThat(board.groups().get(1).barPercent()).isEqualTo(100);
        assertThat(board.days()).containsExactly("2026-03-02", "2026-03-03");
        assertThat(board.at("2026-03-02", "11:15")).singleElement().satisfies(i -> assertThat(i.inspector()).isEqualTo("Bea"));
        assertThat(board.unassigned()).singleElement().satisfies(u -> {
            assertThat(u.reasons()).isEqualTo("No inspector with the skills it needs; Skilled inspectors are full");
            assertThat(u.message()).isEqualTo("no inspector with welsh language has room");
        });
        assertThat(board.constraints()).extracting(c -> c.name() + ": " + c.kind() + ", " + c.outcome())
                .containsExactly("capacity: Hard rule, Kept", "continuity: Preference, Not fully met (1 instance)");
        assertThat(board.constraints().get(1).matches()).containsExactly("cases C1, C2; Ann, Bea; practitioner PR7");
    }

    /**
     * A black-box review: the page said "preference cost 6,906,250,000". It now says what the preferences came to:
     * the balance by inspector and percentage points, practitioners split between inspectors, travel, interviews a day.
     */
    @Test
    void thePreferencesAreSaidInTheTeamLeadsTermsNotAsACost() throws Exception {
        String report = REPORT.replace("\"constraints\":[", """
                "balance":{"ideal_relative_load":1.125,"rms_deviation":0.375,"min_relative_load":0.75,"max_relative_load":1.5,"max_over_ideal":1.33},
                "bound":{"peak_lower_bound":1.5,"linear_bound":1.1,"placed_cases":2,"peak_over_bound":1.0,"reached":true,"tightest_group":[],
                         "millis":1,"balance_penalty":2812,"balance_penalty_bound":100},
                "constraints":[{"name":"travel","level":"SOFT","weight":1000,"match_count":1,"score":-2000,
                                "matches":[{"cases":[],"inspectors":["I1"],"facts":["day 2026-03-02","3 offices"],"score":-2000}]},""");
        List<org.inspectionplanner.web.page.PreferenceLine> lines = board(report).preferences();
        assertThat(lines).extracting(l -> l.preference() + " [" + l.tag() + "] " + l.outcome()).containsExactly(
                "Even workload [] Busiest: Bea at 150% of capacity; least busy: Ann at 75%; a spread of 75 percentage points."
                        + " An even share would put everyone at 113%. No plan that allocates as many cases gives the busiest inspector less.",
                "One inspector for each practitioner's cases [Not met] 1 of 1 practitioner has cases with more than one inspector"
                        + " (1 inspector beyond the first): PR7.",
                "One office a day for each inspector [Not met] 1 inspector has interviews at more than one office on the same day,"
                        + " on 1 day in all (2 extra office visits).",
                "At most two interviews a day for each practitioner [Met] No practitioner has more than two interviews on a day.");
        assertThat(lines).allSatisfy(l -> assertThat(l.outcome()).doesNotContain("cost", "soft", "50,000", "2,000"));
        // At the balance rule's lower bound no plan is more even, and the page says so.
        String atBound = report.replace("\"balance_penalty\":2812", "\"balance_penalty\":100");
        assertThat(board(atBound).preferences().get(0).tag()).isEqualTo("As even as possible");
        // Nothing to say before the first plan.
        assertThat(AllocationPreferences.of(null, Map.of(), Map.of())).isEmpty();
    }

    /** Finding 2 of issue 13: a plan with unassigned cases and an overloaded inspector was headed "Feasible: Yes" in green. */
    @Test
    void theHeadlineSaysWhatIsWrongInWordsColouredByTheWorst() throws Exception {
        AllocationBoard.Headline headline = board(REPORT).headline();
        assertThat(headline.severity()).isEqualTo("red");
        assertThat(headline.title()).isEqualTo("1 of 3 cases not allocated");
        assertThat(headline.findings()).containsExactly(
                "1 of 3 cases not allocated: see the unassigned cases for why.",
                "1 inspector over capacity by weighted load: Bea 150%.");

        String allAssigned = REPORT.replace("\"assigned_cases\":2", "\"assigned_cases\":3").replace("\"medium\":-1", "\"medium\":0");
        AllocationBoard.Headline overloadOnly = board(allAssigned).headline();
        assertThat(overloadOnly.severity()).isEqualTo("orange");
        assertThat(overloadOnly.title()).isEqualTo("Every case allocated, but 1 inspector over capacity");

        String brokenRule = allAssigned.replace("\"match_count\":0,\"score\":0", "\"match_count\":2,\"score\":-2");
        assertThat(board(brokenRule).headline().severity()).isEqualTo("red");
        assertThat(board(brokenRule).headline().findings()).contains("Hard rule broken: capacity (2 times).");

        String fine = allAssigned.replace("\"relative_load\":1.5", "\"relative_load\":0.9");
        assertThat(board(fine).headline().severity()).isEqualTo("green");
        assertThat(board(fine).headline().title()).isEqualTo("All 3 cases allocated, every hard rule kept, nobody over capacity");
    }
}
