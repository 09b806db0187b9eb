package org.inspectionplanner.planner.allocation;

import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;
import org.inspectionplanner.planner.solve.Termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;

class AllocationSolverTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** 24 cases over 3 offices and 10 practitioners, a few needing skills; some without a practitioner. */
    static List<CaseRecord> cases() {
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String practitioner = i % 8 == 0 ? null : "PR" + (i % 10);
            boolean welsh = i == 3;
            int mappaCategory = i == 5 || i == 11 ? 1 : 0;
            int mappaLevel = i == 7 ? 2 : 1;
            cases.add(caseRecord("C" + String.format("%02d", i), "PDU1", "Office " + (char) ('A' + i % 3), practitioner,
                    i % 3 == 0 ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER,
                    i % 5 == 0 ? RiskLevel.HIGH : RiskLevel.MEDIUM, mappaCategory, mappaLevel, welsh));
        }
        return cases;
    }

    static List<Inspector> roster() {
        return List.of(
                inspector("ANN", 8, Set.of(Skill.WELSH_LANGUAGE)),
                inspector("BOB", 8, Set.of(Skill.SEXUAL_OFFENDING, Skill.MAPPA)),
                inspector("CAT", 6, Set.of(), Set.of(MONDAY, MONDAY.plusDays(1)), Set.of(), Set.of("PR4")),
                inspector("DAN", 6, Set.of()));
    }

    @Test
    void smallInstanceEndsFeasibleWithEveryCaseAssigned() {
        AllocationSolution problem = AllocationProblem.create(cases(), roster(), PARAMS, List.of());
        Solved<AllocationSolution> result = Fixtures.solve(problem, LIMIT, 1L);

        assertThat(result.solution().getScore().hardScore()).isZero();
        assertThat(result.solution().getScore().mediumScore()).isZero();
        assertThat(result.solution().getCases()).allMatch(CaseAllocation::isAssigned);
        assertThat(result.solution().getCases()).filteredOn(c -> !c.hasPractitioner()).allMatch(c -> c.getSlot() == null);
        assertThat(result.figures().firstFeasibleMillis()).isNotNull();
        assertThat(result.figures().scoreCalculationCount()).isPositive();
        assertThat(result.figures().bestScoreOverTime()).isNotEmpty();

        AllocationReport report = AllocationReport.of(result.solution(), result.figures());
        assertThat(report.score().feasible()).isTrue();
        assertThat(report.unassigned()).isEmpty();
        assertThat(report.inspectors()).extracting(AllocationReport.InspectorFigures::caseCount)
                .allMatch(n -> n > 0).containsExactlyInAnyOrder(
                        report.inspectors().stream().map(AllocationReport.InspectorFigures::caseCount).toArray(Integer[]::new));
        assertThat(report.inspectors().stream().mapToInt(AllocationReport.InspectorFigures::caseCount).sum()).isEqualTo(24);
        // Balanced: nobody more than a case and a half of relative load away from the ideal.
        assertThat(report.balance().maxRelativeLoad() - report.balance().minRelativeLoad()).isLessThan(0.25);
        // Every constraint is listed, those without matches too, with its level and weight.
        assertThat(report.constraints()).hasSize(13);
        assertThat(report.constraints().get(0)).isEqualTo(new AllocationReport.ConstraintFigures(
                AllocationConstraintConfiguration.CAPACITY, "HARD", 1, 0, 0, List.of()));
        AllocationReport.ConstraintFigures balance = report.constraints().stream()
                .filter(c -> c.name().equals(AllocationConstraintConfiguration.BALANCE)).findFirst().orElseThrow();
        assertThat(balance.level()).isEqualTo("SOFT");
        assertThat(balance.matchCount()).isEqualTo(4);
        assertThat(balance.matches()).allSatisfy(m -> {
            assertThat(m.inspectors()).hasSize(1);
            assertThat(m.facts()).singleElement().asString().startsWith("weighted load ");
        });
        assertThat(balance.score()).isEqualTo(balance.matches().stream().mapToLong(AllocationReport.MatchFigures::score).sum());
    }

    @Test
    void stopsAsSoonAsThePlanReachesTheBound() {
        // Eight plain cases over four inspectors of capacity 4: the bound is 2/4 and construction already meets it.
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(caseRecord("C" + i, "PDU1", "Office A", "PR" + i));
        }
        List<Inspector> roster = List.of(inspector("A", 4, Set.of()), inspector("B", 4, Set.of()),
                inspector("C", 4, Set.of()), inspector("D", 4, Set.of()));
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());

        Solved<AllocationSolution> result = Fixtures.solve(problem, Duration.ofSeconds(60), 1L);

        assertThat(result.figures().termination()).isEqualTo(Termination.NO_BETTER_PLAN_POSSIBLE);
        assertThat(result.figures().timeSpentMillis()).isLessThan(30_000);
        assertThat(AllocationReport.balance(result.solution()).maxRelativeLoad()).isEqualTo(0.5);
        AllocationReport report = AllocationReport.of(result.solution(), result.figures());
        assertThat(report.bound().peakLowerBound()).isEqualTo(0.5);
        assertThat(report.bound().peakOverBound()).isEqualTo(1.0);
        assertThat(report.bound().reached()).isTrue();
    }

    @Test
    void withoutABoundItRunsToItsLimits() {
        AllocationSolution problem = AllocationProblem.create(cases(), roster(), PARAMS, List.of());
        Solved<AllocationSolution> result = AllocationPipeline.withoutEarlyStop().solve(problem, new SolveLimits(LIMIT, null, 1L));
        assertThat(result.figures().termination()).isIn(Termination.TIME_LIMIT, Termination.UNIMPROVED_LIMIT);
    }

    @Test
    void pinnedRowsNeverMove() {
        AllocationSolution first = Fixtures.solve(AllocationProblem.create(cases(), roster(), PARAMS, List.of()), LIMIT, 1L).solution();
        // Pin six cases to DAN in Thursday slots, a plan the solver would not choose, and re-plan.
        List<PreviousAssignment> previous = new ArrayList<>();
        List<String> pinnedIds = List.of("C01", "C02", "C04", "C06", "C09", "C10");
        for (CaseAllocation c : first.getCases()) {
            boolean pin = pinnedIds.contains(c.getCaseId());
            previous.add(new PreviousAssignment(c.getCaseId(), pin ? "DAN" : c.getInspector().getId(),
                    c.getSlot() == null ? null : pin ? slot(3, pinnedIds.indexOf(c.getCaseId()) % 4).getDay() : c.getSlot().getDay(),
                    c.getSlot() == null ? null : pin ? slot(3, pinnedIds.indexOf(c.getCaseId()) % 4).getTime() : c.getSlot().getTime(),
                    pin));
        }
        Map<String, PreviousAssignment> byCase = previous.stream()
                .collect(Collectors.toMap(PreviousAssignment::caseId, Function.identity()));

        AllocationSolution replanned = Fixtures.solve(AllocationProblem.create(cases(), roster(), PARAMS, previous), LIMIT, 2L).solution();

        for (CaseAllocation c : replanned.getCases()) {
            PreviousAssignment row = byCase.get(c.getCaseId());
            if (row.pinned()) {
                assertThat(c.getInspector().getId()).as(c.getCaseId()).isEqualTo("DAN");
                assertThat(c.getSlot() == null ? null : c.getSlot().getDay()).isEqualTo(row.interviewDate());
                assertThat(c.getSlot() == null ? null : c.getSlot().getTime()).isEqualTo(row.interviewTime());
            }
        }
    }

    @Test
    void replanningWithoutChangesKeepsThePreviousPlan() {
        AllocationSolution first = Fixtures.solve(AllocationProblem.create(cases(), roster(), PARAMS, List.of()), LIMIT, 1L).solution();
        List<PreviousAssignment> previous = first.getCases().stream()
                .map(c -> new PreviousAssignment(c.getCaseId(), c.getInspector().getId(),
                        c.getSlot() == null ? null : c.getSlot().getDay(), c.getSlot() == null ? null : c.getSlot().getTime(), false))
                .toList();
        // A stability weight far above anything balance could gain, so that the test does not depend on how
        // well the first (time-limited) solve converged on a busy machine.
        AllocationParameters sticky = PARAMS.withWeights(new AllocationWeights(1, 1, 50_000, 20_000, 100_000, 1_000_000_000_000L));
        AllocationSolution replanned = Fixtures.solve(AllocationProblem.create(cases(), roster(), sticky, previous),
                Duration.ofSeconds(1), 3L).solution();
        assertThat(replanned.getCases()).noneMatch(CaseAllocation::movedFromPrevious);
        assertThat(replanned.getScore().softScore()).isGreaterThan(-1_000_000_000_000L);
    }

    @Test
    void infeasibleCasesStayUnassignedWithTheRightReason() {
        List<CaseRecord> cases = new ArrayList<>(List.of(
                caseRecord("WELSH", "PDU1", "Office A", "PR1", SentenceType.COMMUNITY_ORDER, RiskLevel.LOW, 0, 1, true),
                caseRecord("CONFLICT", "PDU9", "Office A", "PR2"),
                caseRecord("SAME1", "PDU1", "Office A", "PR3"),
                caseRecord("SAME2", "PDU1", "Office A", "PR3")));
        List<Inspector> roster = List.of(
                inspector("ANN", 10, Set.of(), Set.of(), Set.of("PDU9"), Set.of()),
                inspector("BOB", 10, Set.of(), Set.of(), Set.of("PDU9"), Set.of()));
        // One day with one slot: practitioner PR3 can only be interviewed once.
        AllocationParameters params = PARAMS.withDays(1).withSlotTimes(List.of(java.time.LocalTime.of(10, 0)));
        AllocationSolution solution = Fixtures.solve(AllocationProblem.create(cases, roster, params, List.of()), Duration.ofSeconds(1), 1L).solution();

        assertThat(solution.getScore().hardScore()).isZero();
        Map<String, UnassignedCase> unassigned = UnassignedAnalysis.analyse(solution).stream()
                .collect(Collectors.toMap(UnassignedCase::caseId, Function.identity()));
        assertThat(unassigned).hasSize(3).containsKeys("WELSH", "CONFLICT");
        assertThat(unassigned.containsKey("SAME1")).isNotEqualTo(unassigned.containsKey("SAME2"));
        assertThat(unassigned.get("WELSH").reasons()).containsExactly(UnassignedReason.NO_SKILLED_INSPECTOR);
        assertThat(unassigned.get("WELSH").message()).contains("WELSH_LANGUAGE");
        assertThat(unassigned.get("CONFLICT").reasons()).containsExactly(UnassignedReason.CONFLICT_OF_INTEREST);
        UnassignedCase same = unassigned.containsKey("SAME1") ? unassigned.get("SAME1") : unassigned.get("SAME2");
        assertThat(same.reasons()).containsExactly(UnassignedReason.NO_AVAILABLE_SLOT);
        assertThat(same.reasonCodes()).isEqualTo("NO_AVAILABLE_SLOT");
    }

    @Test
    void fullInspectorsGiveNoCapacityAndReasonsJoin() {
        List<CaseRecord> cases = List.of(
                caseRecord("M1", "PDU1", "Office A", "PR1", SentenceType.LICENCE, RiskLevel.HIGH, 0, 2, false),
                caseRecord("M2", "PDU1", "Office A", "PR2", SentenceType.LICENCE, RiskLevel.HIGH, 0, 2, false));
        List<Inspector> roster = List.of(inspector("ANN", 5, Set.of()), inspector("BOB", 1, Set.of(Skill.MAPPA)));
        AllocationSolution solution = Fixtures.solve(AllocationProblem.create(cases, roster, PARAMS, List.of()), Duration.ofSeconds(1), 1L).solution();

        assertThat(solution.getScore().hardScore()).isZero();
        assertThat(solution.getScore().mediumScore()).isEqualTo(-1);
        List<UnassignedCase> unassigned = UnassignedAnalysis.analyse(solution);
        assertThat(unassigned).hasSize(1);
        assertThat(unassigned.get(0).reasonCodes()).isEqualTo("NO_SKILLED_INSPECTOR;NO_CAPACITY");
    }
}
