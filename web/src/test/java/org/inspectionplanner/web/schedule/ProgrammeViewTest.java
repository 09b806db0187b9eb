package org.inspectionplanner.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.io.Json;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.junit.jupiter.api.Test;

class ProgrammeViewTest {

    private static final LocalDate W1 = LocalDate.of(2026, 3, 2);

    @Test
    void utilisationBandsAreZeroToSixtySixtyOneToEightyEightyOneToHundredAndOver() {
        assertThat(ProgrammeView.cell(W1, 0, 10).band()).isEqualTo("app-band-low");
        assertThat(ProgrammeView.cell(W1, 6, 10).band()).isEqualTo("app-band-low");
        assertThat(ProgrammeView.cell(W1, 61, 100).band()).isEqualTo("app-band-mid");
        assertThat(ProgrammeView.cell(W1, 8, 10).band()).isEqualTo("app-band-mid");
        assertThat(ProgrammeView.cell(W1, 81, 100).band()).isEqualTo("app-band-high");
        assertThat(ProgrammeView.cell(W1, 10, 10).band()).isEqualTo("app-band-high");
        assertThat(ProgrammeView.cell(W1, 101, 100).band()).isEqualTo("app-band-over");
        assertThat(ProgrammeView.cell(W1, 3, 0).band()).isEqualTo("app-band-over");
        // The figure is always there as text, so colour is never the only signal.
        assertThat(ProgrammeView.cell(W1, 8, 10).text()).isEqualTo("80%");
        assertThat(ProgrammeView.cell(W1, 0, 0).text()).isEqualTo("none");
        // Issue 13 finding 5: the staff numbers beside the percentage.
        assertThat(ProgrammeView.cell(W1, 6, 8).staff()).isEqualTo("6 of 8 staff");
        assertThat(ProgrammeView.cell(W1, 0, 0).staff()).isEqualTo("no staff");
    }

    @Test
    void timelineGroupsByLeadAndMarksWeeksPinsAndBlackouts() throws Exception {
        ProgrammeReport report = Json.mapper().readValue("""
                {"score":"0hard/0medium/-5soft","feasible":true,
                 "parameters":{"from":"2026-03-02","to":"2026-03-30"},
                 "load":[{"inspectorate":"PROBATION","week_start":"2026-03-02","demanded":4,"available":5}],
                 "joint_share":[{"inspectorate":"PROBATION","staff_weeks":20,"joint_staff_weeks":17,"joint_share":0.85}]}
                """, ProgrammeReport.class);
        List<Map<String, String>> csv = List.of(
                Map.of("inspection_id", "A", "lead", "PROBATION", "tier", "JOINT", "fieldwork_start", "2026-03-09",
                        "fieldwork_end", "2026-03-20", "pinned", "false", "priority", "1"),
                Map.of("inspection_id", "B", "lead", "PRISONS", "fieldwork_start", "", "reason", "CAPACITY;BLACKOUT",
                        "reason_message", "no week has staff", "pinned", "false", "priority", "2"));
        ProgrammeView view = ProgrammeView.from(report, csv, Map.of("A", "Leeds"), Set.of(LocalDate.of(2026, 3, 23)),
                Set.of("A"), List.of());
        assertThat(view.weeks()).hasSize(5).startsWith(W1).endsWith(LocalDate.of(2026, 3, 30));
        assertThat(view.timeline()).containsOnlyKeys("PROBATION");
        ProgrammeView.Row a = view.timeline().get("PROBATION").get(0);
        assertThat(a.pinned()).isTrue();
        assertThat(a.inWeek(W1)).isFalse();
        assertThat(a.inWeek(LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(a.inWeek(LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(a.inWeek(LocalDate.of(2026, 3, 23))).isFalse();
        assertThat(view.isBlackout(LocalDate.of(2026, 3, 23))).isTrue();
        assertThat(view.unscheduled()).extracting(ProgrammeView.Row::inspectionId).containsExactly("B");
        assertThat(view.heatmap().get(0).cells().get(0).text()).isEqualTo("80%");
        assertThat(view.jointShares().get(0).share()).isEqualTo("85%");
        // Issue 13 finding 5: rows named by title, months over the weeks, the heatmap read by week in words.
        assertThat(a.name()).isEqualTo("Leeds");
        assertThat(a.fieldwork()).isEqualTo("9 March 2026 to 20 March 2026");
        assertThat(view.months()).containsExactly(new ProgrammeView.MonthSpan("Mar 2026", 5));
        // The year on its own line (to fit four weeks); a month of one or two weeks only by its first letter.
        assertThat(view.months().get(0).name()).isEqualTo("Mar");
        assertThat(view.months().get(0).year()).isEqualTo("2026");
        assertThat(new ProgrammeView.MonthSpan("Apr", 4).year()).isNull();
        assertThat(new ProgrammeView.MonthSpan("Apr", 2).name()).isEqualTo("A");
        assertThat(view.heatWeeks()).hasSize(5).first().satisfies(w -> {
            assertThat(w.label()).isEqualTo("2 March 2026");
            assertThat(w.cells()).singleElement().satisfies(c -> assertThat(c.text() + " " + c.staff()).isEqualTo("80% 4 of 5 staff"));
        });
    }

    /** A black-box review: the page said "preference cost N". It says what each preference came to instead. */
    @Test
    void thePreferencesAreSaidInTheProgrammeManagersTermsNotAsACost() throws Exception {
        ProgrammeReport report = Json.mapper().readValue("""
                {"score":"0hard/0medium/-1234soft","feasible":true,"counts":{"inspections":5,"scheduled":4,"unscheduled":1,"pinned":0},
                 "constraints":[
                   {"name":"urgency","level":"soft","weight":"0hard/0medium/10soft","match_count":3,"score":"0hard/0medium/-900soft","matches":[]},
                   {"name":"preferred start","level":"soft","weight":"0hard/0medium/5soft","match_count":2,"score":"0hard/0medium/-30soft","matches":[]},
                   {"name":"level loading","level":"soft","weight":"0hard/0medium/1soft","match_count":9,"score":"0hard/0medium/-300soft","matches":[]},
                   {"name":"joint burden","level":"soft","weight":"0hard/0medium/2soft","match_count":0,"score":"0hard/0medium/0soft","matches":[]},
                   {"name":"stability","level":"soft","weight":"0hard/0medium/3soft","match_count":0,"score":"0hard/0medium/0soft","matches":[]}],
                 "level_loading":{"figure":12.4,"by_inspectorate":{
                   "PROBATION":{"mean_percent":60.2,"sd_percent":20.6,"peak_percent":95.0},
                   "PRISONS":{"mean_percent":40.0,"sd_percent":4.2,"peak_percent":55.0}}}}
                """, ProgrammeReport.class);
        ProgrammeView view = ProgrammeView.from(report, List.of(), Map.of(), Set.of(), Set.of(), List.of());
        assertThat(view.preferences()).extracting(l -> l.preference() + " [" + l.tag() + "] " + l.outcome()).containsExactly(
                "Urgent inspections first [Not met] 3 of 4 inspections start later than the earliest week they could;"
                        + " a delay counts for more the higher the inspection's priority.",
                "Preferred start weeks [Not met] 2 inspections start away from their preferred weeks, by 6 weeks in all.",
                "Even use of staff [] Each inspectorate's weekly use of its staff is typically within 12 percentage points of its average"
                        + " (the standard deviation, averaged over the inspectorates). Least even: Probation, typically within"
                        + " 21 percentage points of its average of 60%. Busiest week: Probation at 95% of its staff.",
                "Time between visits to an area [Met] No area is visited again soon after the minimum gap.");
        assertThat(view.preferences()).allSatisfy(l -> assertThat(l.outcome()).doesNotContain("1,234", "900", "cost"));
    }
}
