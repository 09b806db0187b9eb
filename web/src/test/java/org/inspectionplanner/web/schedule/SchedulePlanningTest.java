package org.inspectionplanner.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.demo.Programme;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.planner.programme.GreedyScheduler;
import org.inspectionplanner.planner.programme.ProgrammeParameters;
import org.inspectionplanner.planner.programme.ProgrammeProblem;
import org.inspectionplanner.planner.programme.ProgrammeSchedule;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.job.SolveFigures;
import org.junit.jupiter.api.Test;

/** The programme job starts as {@code ProgrammeScheduler.solve} does, and reports the job's figures. */
class SchedulePlanningTest {

    private final SchedulePlanning planning = new SchedulePlanning(null,
            new PlannerProperties("./var", null, 1, Duration.ofSeconds(2), 1));

    private static ProgrammeSchedule demo() {
        Programme programme = DemoData.small().programme();
        LocalDate from = programme.inspections().stream().map(Inspection::earliestStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return ProgrammeProblem.create(programme.inspections(), programme.capacity(), programme.calendar(),
                ProgrammeParameters.of(from, from.plusWeeks(51), from), List.of());
    }

    @Test
    void aNewProgrammeGetsTheCliShareOfTheLimitForItsStart() {
        ProgrammeSchedule fresh = demo();
        assertThat(planning.prepareBudget(fresh, Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(3));
        assertThat(planning.prepareBudget(fresh, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(45));
        planning.prepare(fresh, Duration.ofMillis(500));
        assertThat(fresh.getInspections()).anyMatch(i -> i.isScheduled());
        // a re-solve from a stored plan keeps its weeks: no new start, as the CLI with --previous
        assertThat(planning.prepareBudget(fresh, Duration.ofSeconds(4))).isZero();
    }

    @Test
    void theStartLeavesNoMoreUnscheduledThanTheWarmStartAlone() {
        ProgrammeSchedule warm = demo();
        GreedyScheduler.warmStart(warm);
        ProgrammeSchedule prepared = demo();
        planning.prepare(prepared, Duration.ofSeconds(1));
        assertThat(prepared.getInspections().stream().filter(i -> !i.isScheduled()).count())
                .isLessThanOrEqualTo(warm.getInspections().stream().filter(i -> !i.isScheduled()).count());
    }

    @Test
    void theReportCarriesTheJobsFigures() {
        var figures = SchedulePlanning.figures(new SolveFigures(1500, SolveFigures.Termination.UNIMPROVED_LIMIT, 900, 600,
                List.of(new SolveFigures.BestScore(5, "-2hard/0medium/0soft"), new SolveFigures.BestScore(70, "0hard/-1medium/-3soft"))));
        assertThat(figures.termination()).isEqualTo("unimproved limit");
        assertThat(figures.timeSpentMillis()).isEqualTo(1500);
        assertThat(figures.scoreCalculationSpeedPerSecond()).isEqualTo(600);
        assertThat(figures.firstFeasibleMillis()).isEqualTo(70L);
        assertThat(figures.bestScoreOverTime()).extracting(b -> b.score()).containsExactly("-2hard/0medium/0soft", "0hard/-1medium/-3soft");
    }
}
