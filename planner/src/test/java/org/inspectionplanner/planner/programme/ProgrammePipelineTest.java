package org.inspectionplanner.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.demo.Programme;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.SolveRun;
import org.inspectionplanner.planner.solve.Solved;
import org.inspectionplanner.planner.solve.Termination;
import org.junit.jupiter.api.Test;

/** The programme pipeline's stop at the level-loading bound, the bound itself, and its warm start. */
class ProgrammePipelineTest {

    private static final LocalDate FROM = Fixtures.FROM;

    /** {@code staff[w]} probation staff in week w; one-inspectorate inspections of {weeks, staff} each. */
    private static ProgrammeSchedule problem(int[] staff, int[][] inspections) {
        List<StaffCapacity> capacity = new ArrayList<>();
        for (int w = 0; w < staff.length; w++) {
            capacity.add(new StaffCapacity(Inspectorate.PROBATION, FROM.plusWeeks(w), staff[w]));
        }
        List<Inspection> list = new ArrayList<>();
        for (int k = 0; k < inspections.length; k++) {
            list.add(Fixtures.inspection("I" + k, null, inspections[k][0], 3, Map.of(Inspectorate.PROBATION, inspections[k][1])));
        }
        return ProgrammeProblem.create(list, capacity, List.of(),
                ProgrammeParameters.of(FROM, FROM.plusWeeks(staff.length - 1L), FROM.minusWeeks(8)), List.of());
    }

    @Test
    void stopsAsSoonAsNothingIsUnscheduledAndLevelLoadingIsAtItsBound() {
        // One probation inspector a week for four weeks, four one-week inspections: one a week is perfectly level.
        ProgrammeSchedule problem = problem(new int[] {1, 1, 1, 1}, new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
        // Only the bound can end this solve before a minute: no unimproved limit.
        Solved<ProgrammeSchedule> solved = new ProgrammePipeline().solve(problem,
                new SolveLimits(Duration.ofSeconds(60), SolveLimits.NEVER, 1L));

        assertThat(solved.figures().termination()).isEqualTo(Termination.NO_BETTER_PLAN_POSSIBLE);
        assertThat(solved.figures().timeSpentMillis()).isLessThan(20_000);
        assertThat(solved.solution().getInspections()).allMatch(ScheduledInspection::isScheduled);
        assertThat(LevelLoadingBound.penalty(solved.solution())).isEqualTo(LevelLoadingBound.lowerBound(problem)).isEqualTo(400);
    }

    @Test
    void withoutTheBoundTheUnimprovedLimitStopsIt() {
        // Two staff a week for two weeks, two one-person inspections: the best schedule (one a week) scores
        // 2 x floor(100 x 1 / 2) = 100, and the bound allows for rounding (99), so it is not reached.
        ProgrammeSchedule problem = problem(new int[] {2, 2}, new int[][] {{1, 1}, {1, 1}});
        assertThat(LevelLoadingBound.lowerBound(problem)).isEqualTo(99);
        Solved<ProgrammeSchedule> solved = new ProgrammePipeline().solve(problem,
                new SolveLimits(Duration.ofSeconds(60), Duration.ofMillis(300), 1L));
        assertThat(solved.figures().termination()).isEqualTo(Termination.UNIMPROVED_LIMIT);
    }

    @Test
    void theBoundLeavesOutBlackoutWeeksAndKeepsPinnedLoadWhereItIs() {
        // Two staff a week for four weeks, four one-person inspections; week 3 is a blackout. The best
        // schedule loads 2, 1, 1 (300); spreading over all four weeks would promise 4 x 50 = 200.
        ProgrammeSchedule open = problem(new int[] {2, 2, 2, 2}, new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
        ProgrammeSchedule closed = new ProgrammeSchedule(open.getParameters(), open.getWeeks(), open.getCapacities(),
                List.of(new Blackout(open.getWeeks().get(3), "Christmas")), open.getInspections());
        assertThat(LevelLoadingBound.lowerBound(open)).isEqualTo(198);
        assertThat(LevelLoadingBound.lowerBound(closed)).isEqualTo(298);
    }

    /** Brute force over every start of 3 inspections in 4 weeks with random staff: the bound never exceeds the best penalty. */
    @Test
    void theLevelLoadingBoundIsALowerBoundOfEveryFeasibleCompleteSchedule() {
        SplittableRandom random = new SplittableRandom(11);
        int tight = 0;
        for (int trial = 0; trial < 60; trial++) {
            int[] staff = new int[4];
            for (int w = 0; w < 4; w++) {
                staff[w] = random.nextInt(5);
            }
            int[][] inspections = new int[3][];
            for (int k = 0; k < 3; k++) {
                inspections[k] = new int[] {1 + random.nextInt(2), 1 + random.nextInt(3)};
            }
            ProgrammeSchedule schedule = problem(staff, inspections);
            long bound = LevelLoadingBound.lowerBound(schedule);
            Long best = null;
            List<ScheduledInspection> all = schedule.getInspections();
            for (int combo = 0; combo < 64; combo++) {
                int[] demand = new int[4];
                boolean ok = true;
                for (int k = 0; k < 3; k++) {
                    int start = (combo >> (2 * k)) & 3;
                    ScheduledInspection i = all.get(k);
                    ok &= start + i.getFieldworkWeeks() <= 4;
                    i.setStart(schedule.getWeeks().get(start));
                    for (int w = start; w < Math.min(4, start + i.getFieldworkWeeks()); w++) {
                        demand[w] += inspections[k][1];
                    }
                }
                for (int w = 0; w < 4; w++) {
                    ok &= demand[w] <= staff[w];
                }
                if (ok) {
                    long penalty = LevelLoadingBound.penalty(schedule);
                    best = best == null ? penalty : Math.min(best, penalty);
                }
            }
            if (best != null) {
                assertThat(bound).as("trial %d: staff %s", trial, java.util.Arrays.toString(staff)).isLessThanOrEqualTo(best);
                tight += bound == best ? 1 : 0;
            }
        }
        assertThat(tight).as("the bound is reached on some instances").isPositive();
    }

    private static ProgrammeSchedule demo() {
        Programme programme = DemoData.small().programme();
        LocalDate from = programme.inspections().stream().map(Inspection::earliestStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return ProgrammeProblem.create(programme.inspections(), programme.capacity(), programme.calendar(),
                ProgrammeParameters.of(from, from.plusWeeks(51), from), List.of());
    }

    @Test
    void aNewProgrammeStartsWithinThreeQuartersOfTheLimitAndAReSolveKeepsItsWeeks() {
        ProgrammeSchedule fresh = demo();
        SolveRun<ProgrammeSchedule> run = new ProgrammePipeline().start(fresh, SolveLimits.of(Duration.ofSeconds(4)));
        run.prepare();
        // ruin and recreate stops at 3 s at the latest (the slack is for one last rebuild on a busy machine)
        assertThat(run.millis()).isLessThan(4500);
        assertThat(fresh.getInspections()).anyMatch(ScheduledInspection::isScheduled);
        List<SolveFigures.BestScore> starts = run.figures().bestScoreOverTime();
        assertThat(starts).first().extracting(SolveFigures.BestScore::step).isEqualTo("warm start");

        // a re-solve from a stored plan keeps its weeks: no new start, as the CLI with --previous
        SolveRun<ProgrammeSchedule> again = new ProgrammePipeline().start(fresh, SolveLimits.of(Duration.ofSeconds(4)));
        again.prepare();
        assertThat(again.figures().bestScoreOverTime()).isEmpty();
    }

    @Test
    void onlyARealGainRestartsTheUnimprovedClock() {
        ProgrammePipeline pipeline = new ProgrammePipeline();
        SolveFigures.BestScore last = new SolveFigures.BestScore(0, 0, 0, -100_000, true, "local search");
        SolveFigures.BestScore crumb = new SolveFigures.BestScore(1, 0, 0, -99_950, true, "local search");
        SolveFigures.BestScore step = new SolveFigures.BestScore(1, 0, 0, -99_900, true, "local search");
        SolveFigures.BestScore placed = new SolveFigures.BestScore(1, 0, 1, -120_000, true, "ruin and recreate");
        assertThat(pipeline.isProgress(last, crumb)).as("0.05%%: not worth waiting for").isFalse();
        assertThat(pipeline.isProgress(last, step)).as("0.1%%").isTrue();
        assertThat(pipeline.isProgress(last, placed)).as("a medium change always counts").isTrue();
    }
}
