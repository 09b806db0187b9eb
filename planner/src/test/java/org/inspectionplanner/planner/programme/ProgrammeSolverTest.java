package org.inspectionplanner.planner.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;
import org.junit.jupiter.api.Test;

/** End-to-end solver runs on small in-code programmes, with short time limits. */
class ProgrammeSolverTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);
    private static final LocalDate TO = FROM.plusWeeks(25);
    private static final LocalDate PLAN_DATE = LocalDate.of(2025, 12, 15);
    private static final ProgrammeParameters PARAMETERS = ProgrammeParameters.of(FROM, TO, PLAN_DATE);

    private static Inspection inspection(String id, String area, int weeks, int priority,
            Map<Inspectorate, Integer> demand, LocalDate earliest, LocalDate latestEnd, LocalDate fixed) {
        return new Inspection(id, "Inspection " + id, InspectionKind.PDU_PROBATION, Tier.JOINT,
                Inspectorate.PROBATION, area, weeks, demand, earliest, latestEnd, priority, null, fixed, Map.of());
    }

    private static List<StaffCapacity> capacity(int staffPerInspectorate) {
        List<StaffCapacity> rows = new ArrayList<>();
        for (Inspectorate i : Inspectorate.values()) {
            for (int w = 0; w < 26; w++) {
                rows.add(new StaffCapacity(i, FROM.plusWeeks(w), staffPerInspectorate));
            }
        }
        return rows;
    }

    /** 16 inspections over 8 areas, two per area, demanding probation and one partner each. */
    private static List<Inspection> programme() {
        List<Inspection> list = new ArrayList<>();
        Inspectorate[] partners = {Inspectorate.PRISONS, Inspectorate.CONSTABULARY, Inspectorate.CPS,
                Inspectorate.COURT_ADMINISTRATION};
        for (int n = 0; n < 16; n++) {
            list.add(inspection(String.format("INS-%02d", n), "Area " + (n % 8), 2, 1 + n % 5,
                    Map.of(Inspectorate.PROBATION, 3, partners[n % 4], 2), FROM, TO.plusDays(4), null));
        }
        return list;
    }

    private static Solved<ProgrammeSchedule> solve(ProgrammeSchedule problem, int seconds) {
        return new ProgrammePipeline().solve(problem, new SolveLimits(Duration.ofSeconds(seconds), null, 7L));
    }

    @Test
    void feasibleProgrammeEndsWithZeroHardScoreAndEverythingScheduled() {
        var problem = ProgrammeProblem.create(programme(), capacity(6),
                List.of(new BlackoutWeek(FROM.plusWeeks(14), "Easter")), PARAMETERS, List.of());
        var result = solve(problem, 2);
        ProgrammeSchedule solved = result.solution();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(solved.getInspections()).allMatch(ScheduledInspection::isScheduled);
        // independent check of the hard rules, not through the constraint provider
        for (ScheduledInspection i : solved.getInspections()) {
            assertThat(i.startIndex()).isGreaterThanOrEqualTo(0);
            assertThat(i.lastWeekIndex()).isLessThan(26);
            assertThat(i.startIndex()).isNotIn(14, 13);
            for (ScheduledInspection j : solved.getInspections()) {
                if (i != j && i.getArea().equals(j.getArea())) {
                    assertThat(Math.abs(i.startIndex() - j.startIndex())).isGreaterThanOrEqualTo(12);
                }
            }
        }
        assertThat(result.figures().firstFeasibleMillis()).isNotNull();
        assertThat(result.figures().bestScoreOverTime()).isNotEmpty();
    }

    @Test
    void pinnedInspectionsNeverMove() {
        List<Inspection> list = new ArrayList<>(programme());
        // announced in a blackout week and over capacity together with INS-P2: kept, and the violation shows
        list.add(inspection("ANN-1", null, 1, 3, Map.of(Inspectorate.CPS, 5), null, null, FROM.plusWeeks(14)));
        list.add(inspection("INS-P2", null, 1, 3, Map.of(Inspectorate.CPS, 5), null, null, null));
        var previous = List.of(new PreviousStart("INS-P2", FROM.plusWeeks(14), true),
                new PreviousStart("INS-03", FROM.plusWeeks(20), true));
        var problem = ProgrammeProblem.create(list, capacity(6),
                List.of(new BlackoutWeek(FROM.plusWeeks(14), "Easter")), PARAMETERS, previous);
        ProgrammeSchedule solved = solve(problem, 1).solution();
        Map<String, ScheduledInspection> byId = new java.util.HashMap<>();
        solved.getInspections().forEach(i -> byId.put(i.getId(), i));
        assertThat(byId.get("ANN-1").getStart().monday()).isEqualTo(FROM.plusWeeks(14));
        assertThat(byId.get("INS-P2").getStart().monday()).isEqualTo(FROM.plusWeeks(14));
        assertThat(byId.get("INS-03").getStart().monday()).isEqualTo(FROM.plusWeeks(20));
        // 2 blackout weeks + 4 staff short: shown, not hidden
        assertThat(solved.getScore().hardScore()).isEqualTo(-2 - 4);
    }

    @Test
    void inspectionThatCannotFitIsUnscheduledWithTheReasonAndTheRestPlan() {
        List<Inspection> list = new ArrayList<>(programme());
        list.add(inspection("BIG", null, 2, 1, Map.of(Inspectorate.CPS, 9), null, null, null));
        // its window closes before the notice allows a start
        list.add(inspection("LATE", null, 1, 2, Map.of(Inspectorate.PRISONS, 1), FROM, FROM.plusDays(4), null));
        var parameters = new ProgrammeParameters(FROM, TO, FROM.minusWeeks(1), 2, 12, 8, ProgrammeWeights.DEFAULT);
        var problem = ProgrammeProblem.create(list, capacity(6), List.of(), parameters, List.of());
        ProgrammeSchedule solved = solve(problem, 2).solution();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getInspections().stream().filter(i -> !i.isScheduled()).map(ScheduledInspection::getId))
                .containsExactlyInAnyOrder("BIG", "LATE");
        Map<String, Unscheduled> reasons = Unscheduled.explain(solved);
        assertThat(reasons.get("BIG").codes()).containsExactly(UnscheduledReason.CAPACITY);
        assertThat(reasons.get("BIG").message()).contains("CPS");
        assertThat(reasons.get("LATE").codes()).containsExactly(UnscheduledReason.NOTICE);
        assertThat(solved.getScore().mediumScore()).isEqualTo(-(5 + 4));
    }

    @Test
    void areaGapAndWindowReasons() {
        // three 1-week inspections of one area in a 10-week window with a 12-week gap: only one fits
        List<Inspection> list = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            list.add(inspection("A" + n, "Leeds", 1, 3 + n, Map.of(Inspectorate.PROBATION, 1), FROM,
                    FROM.plusWeeks(9).plusDays(4), null));
        }
        // a 30-week inspection cannot fit in a 26-week horizon
        list.add(inspection("LONG", null, 30, 3, Map.of(Inspectorate.PROBATION, 1), null, null, null));
        var problem = ProgrammeProblem.create(list, capacity(6), List.of(), PARAMETERS, List.of());
        ProgrammeSchedule solved = solve(problem, 1).solution();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getInspections().stream().filter(ScheduledInspection::isScheduled)
                .map(ScheduledInspection::getId)).containsExactly("A0"); // the most important one
        Map<String, Unscheduled> reasons = Unscheduled.explain(solved);
        assertThat(reasons.get("A1").codes()).containsExactly(UnscheduledReason.AREA_GAP);
        assertThat(reasons.get("A1").message()).contains("A0");
        assertThat(reasons.get("LONG").codes()).containsExactly(UnscheduledReason.WINDOW);
        assertThat(reasons.get("A2").codeList()).isEqualTo("AREA_GAP");
    }

    @Test
    void greedyBaselineRespectsTheHardRules() {
        var problem = ProgrammeProblem.create(programme(), capacity(6),
                List.of(new BlackoutWeek(FROM.plusWeeks(14), "Easter")), PARAMETERS, List.of());
        int unscheduled = GreedyScheduler.schedule(problem);
        assertThat(unscheduled).isZero();
        org.optaplanner.core.api.solver.SolutionManager<ProgrammeSchedule, ?> manager =
                org.optaplanner.core.api.solver.SolutionManager.create(
                        org.optaplanner.core.api.solver.SolverFactory.<ProgrammeSchedule>create(
                                ProgrammeSolverConfig.create(1L)));
        manager.update(problem);
        assertThat(problem.getScore().hardScore()).isZero();
    }

    @Test
    void ruinAndRecreateKeepsHardRulesAndSchedulesAtLeastAsMuchAsGreedy() {
        LocalDate from = LocalDate.of(2026, 4, 6);
        var programme = org.inspectionplanner.data.demo.ProgrammeGenerator.generate(5, 40, from, 26);
        var parameters = ProgrammeParameters.of(from, from.plusWeeks(25), from);
        var greedy = ProgrammeProblem.create(programme.inspections(), programme.capacity(), programme.calendar(),
                parameters, List.of());
        GreedyScheduler.schedule(greedy);
        int greedyLoss = greedy.getInspections().stream().filter(i -> !i.isScheduled())
                .mapToInt(ScheduledInspection::importance).sum();

        var problem = ProgrammeProblem.create(programme.inspections(), programme.capacity(), programme.calendar(),
                parameters, List.of());
        GreedyScheduler.warmStart(problem);
        int loss = new RuinAndRecreate(problem, 3L).improve(Duration.ofMillis(500));
        assertThat(loss).isLessThanOrEqualTo(greedyLoss);
        org.optaplanner.core.api.solver.SolutionManager<ProgrammeSchedule, ?> manager =
                org.optaplanner.core.api.solver.SolutionManager.create(
                        org.optaplanner.core.api.solver.SolverFactory.<ProgrammeSchedule>create(
                                ProgrammeSolverConfig.create(1L)));
        manager.update(problem);
        assertThat(problem.getScore().hardScore()).isZero();
        assertThat(-problem.getScore().mediumScore()).isEqualTo(loss);
    }

    @Test
    void previousScheduleIsDisturbedLittle() {
        var first = solve(ProgrammeProblem.create(programme(), capacity(6), List.of(), PARAMETERS, List.of()), 1)
                .solution();
        List<PreviousStart> previous = first.getInspections().stream()
                .map(i -> new PreviousStart(i.getId(), i.getStart().monday(), false)).toList();
        // one more inspection arrives; the others should stay where they were
        List<Inspection> list = new ArrayList<>(programme());
        list.add(inspection("NEW", null, 1, 2, Map.of(Inspectorate.CPS, 1), null, null, null));
        var second = solve(ProgrammeProblem.create(list, capacity(6), List.of(), PARAMETERS, previous), 1)
                .solution();
        Map<String, LocalDate> before = new java.util.HashMap<>();
        first.getInspections().forEach(i -> before.put(i.getId(), i.getStart().monday()));
        long unchanged = second.getInspections().stream()
                .filter(i -> i.isScheduled() && i.getStart().monday().equals(before.get(i.getId()))).count();
        assertThat(second.getScore().hardScore()).isZero();
        assertThat(second.getInspections()).allMatch(ScheduledInspection::isScheduled);
        assertThat(unchanged).isGreaterThanOrEqualTo(14); // of 16
    }
}
