package org.inspectionplanner.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.junit.jupiter.api.Test;

/**
 * The start heuristics (greedy baseline, warm start, top-up, ruin and recreate) treat a hard alignment as
 * the hard rule it is: a plan they build never breaks one that can be met.
 */
class WarmStartAlignmentTest {

    private static ProgrammeSchedule schedule(ScheduledInspection... inspections) {
        List<WeekCapacity> capacity = new ArrayList<>();
        for (Week w : Fixtures.WEEKS) {
            capacity.add(new WeekCapacity(Inspectorate.PROBATION, w, 4));
        }
        ProgrammeParameters parameters = ProgrammeParameters.of(Fixtures.FROM, Fixtures.FROM.plusWeeks(Fixtures.HORIZON - 1),
                Fixtures.FROM);
        return new ProgrammeSchedule(parameters, Fixtures.WEEKS, capacity, List.of(), new ArrayList<>(List.of(inspections)));
    }

    private static ScheduledInspection find(ProgrammeSchedule s, String id) {
        return s.getInspections().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
    }

    /** A goes first (priority 1) and could start in week 0, but B, which must start with it, only from week 6. */
    private static ProgrammeSchedule pairWithLateWindow() {
        return schedule(Fixtures.entity("A").priority(1).unscheduled().build(),
                Fixtures.entity("B").priority(5).window(6, Fixtures.HORIZON - 1).aligned("A", "SAME_WEEK").unscheduled().build());
    }

    private static void assertAlignedAndFeasible(ProgrammeSchedule s) {
        ScheduledInspection a = find(s, "A");
        ScheduledInspection b = find(s, "B");
        assertThat(a.isScheduled()).isTrue();
        assertThat(b.isScheduled()).as("B has an aligned week: the first of the pair must leave it one").isTrue();
        assertThat(b.weeksOutOfAlignment(a)).isZero();
        var score = new ProgrammePipeline().score(s);
        assertThat(score.toString()).startsWith("0hard/0medium");
    }

    @Test
    void theGreedyBaselinePlacesTheFirstOfAPairWhereItsPartnerCanFollow() {
        ProgrammeSchedule s = pairWithLateWindow();
        assertThat(GreedyScheduler.schedule(s)).isZero();
        assertAlignedAndFeasible(s);
        assertThat(find(s, "A").startIndex()).isEqualTo(6);
    }

    @Test
    void theWarmStartDoesToo() {
        ProgrammeSchedule s = pairWithLateWindow();
        assertThat(GreedyScheduler.warmStart(s)).isZero();
        assertAlignedAndFeasible(s);
    }

    @Test
    void aPinnedPartnerFixesTheAlignedWeek() {
        ProgrammeSchedule s = schedule(Fixtures.entity("A").announced(2).build(),
                Fixtures.entity("B").aligned("A", "AFTER:1").unscheduled().build());
        GreedyScheduler.warmStart(s);
        assertAlignedAndFeasible(s);
        assertThat(find(s, "B").startIndex()).as("A's week 2, then a whole week's gap").isEqualTo(4);
    }

    @Test
    void theTopUpPlacesAnInspectionBesideItsScheduledPartner() {
        ProgrammeSchedule s = schedule(Fixtures.entity("A").at(3).build(),
                Fixtures.entity("B").aligned("A", "SAME_WEEK").unscheduled().build());
        assertThat(GreedyScheduler.topUp(s)).isEqualTo(1);
        assertThat(find(s, "B").startIndex()).isEqualTo(3);
    }

    @Test
    void ruinAndRecreateKeepsAlignmentsWhileItRebuilds() {
        // A week takes one pair at most; E and F wait until G leaves week 8, the last week F's window allows.
        ProgrammeSchedule s = schedule(
                Fixtures.entity("A").at(6).build(),
                Fixtures.entity("B").window(6, 8).aligned("A", "SAME_WEEK").at(6).build(),
                Fixtures.entity("C").at(7).build(),
                Fixtures.entity("D").window(6, 8).aligned("C", "SAME_WEEK").at(7).build(),
                Fixtures.entity("E").priority(1).unscheduled().build(),
                Fixtures.entity("F").priority(1).window(6, 8).aligned("E", "SAME_WEEK").unscheduled().build(),
                Fixtures.entity("G").demand(Map.of(Inspectorate.PROBATION, 4)).at(8).build());
        int loss = new RuinAndRecreate(s, 3).improve(java.time.Duration.ofSeconds(5));
        assertThat(loss).isZero();
        assertThat(s.getInspections()).allMatch(ScheduledInspection::isScheduled);
        assertThat(new ProgrammePipeline().score(s).toString()).startsWith("0hard/0medium");
    }

    @Test
    void anInspectionThatCannotBeAlignedSaysSo() {
        ProgrammeSchedule s = schedule(Fixtures.entity("A").announced(2).build(),
                Fixtures.entity("B").window(5, Fixtures.HORIZON - 1).aligned("A", "SAME_WEEK").unscheduled().build());
        GreedyScheduler.warmStart(s);
        assertThat(find(s, "B").isScheduled()).isFalse();
        Unscheduled why = Unscheduled.explain(s).get("B");
        assertThat(why.codes()).containsExactly(UnscheduledReason.ALIGNMENT);
        assertThat(why.message()).contains("not aligned with A");
    }
}
