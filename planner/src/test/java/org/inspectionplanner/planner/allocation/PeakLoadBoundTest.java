package org.inspectionplanner.planner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;

class PeakLoadBoundTest {

    /** Two days with one slot each: an inspector available on one day holds one interview at most. */
    private static final AllocationParameters TIGHT = PARAMS.withDays(2).withSlotTimes(List.of(LocalTime.of(10, 0)));

    @Test
    void neverAboveTheBestPlanFoundByBruteForceAndOftenEqualToIt() {
        SplittableRandom rnd = new SplittableRandom(16);
        int equal = 0;
        int instances = 300;
        for (int n = 0; n < instances; n++) {
            AllocationSolution problem = randomInstance(rnd);
            BruteForce best = BruteForce.solve(problem);
            PeakLoadBound bound = PeakLoadBound.of(problem);
            assertThat(bound.placeableCases()).as("instance %d: most cases placeable", n).isEqualTo(best.placed);
            assertThat(bound.peak()).as("instance %d: bound <= optimum", n).isLessThanOrEqualTo(best.peak + 1e-9);
            assertThat(bound.linearPeak()).isLessThanOrEqualTo(bound.roundedPeak() + 1e-9);
            assertThat(bound.roundedPeak()).isLessThanOrEqualTo(bound.peak() + 1e-9);
            if (Math.abs(bound.peak() - best.peak) < 1e-9) {
                equal++;
            }
        }
        // Not a promise, a check that the bound is not trivially low: on these small instances it is mostly exact.
        assertThat(equal).as("instances where the bound equals the optimum").isGreaterThan(instances * 3 / 4);
    }

    @Test
    void theFewWhoAloneCanTakeSomeCasesMustTakeThemWhole() {
        // Four Welsh-language cases of weight 2.5 (post-custody, high RoSH, MAPPA level 2) and three Welsh speakers
        // with MAPPA, capacity 10: split, each would carry 10/3 = 0.33; whole, one carries two: 5.0/10 = 0.5.
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(caseRecord("W" + i, "PDU1", "Office A", "PRW" + i, SentenceType.LICENCE, RiskLevel.HIGH, 2, 2, true));
        }
        for (int i = 0; i < 40; i++) {
            cases.add(caseRecord("C" + i, "PDU1", "Office A", "PR" + i));
        }
        List<Inspector> roster = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            roster.add(inspector("WELSH" + i, 10, Set.of(Skill.WELSH_LANGUAGE, Skill.MAPPA)));
        }
        for (int i = 0; i < 10; i++) {
            roster.add(inspector("I" + i, 10, Set.of()));
        }
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());

        PeakLoadBound bound = PeakLoadBound.of(problem);

        assertThat(bound.linearPeak()).isLessThan(0.4);
        assertThat(bound.peak()).isCloseTo(0.5, within(1e-9));
        assertThat(bound.tightestGroup()).containsExactlyInAnyOrder("WELSH0", "WELSH1", "WELSH2");
        // The whole roster at the ideal would be 50 / 130 = 0.38: the old bound cannot see this.
        assertThat(BalanceBound.discretePeakLowerBound(problem)).isLessThan(0.45);
    }

    @Test
    void interviewSlotsOnAvailableDaysLimitAnInspector() {
        // One slot a day, two days. A is available on day 1 only (one interview), B on both (two). Three cases of
        // weight 1 with interviews: B must take two, so the peak is 2/3 with capacity 3, not 1/3 + 1/3 + ...
        List<CaseRecord> cases = List.of(caseRecord("C1", "PDU1", "Office A", "PR1"),
                caseRecord("C2", "PDU1", "Office A", "PR2"), caseRecord("C3", "PDU1", "Office A", "PR3"));
        LocalDate day1 = TIGHT.fieldworkDays().get(0);
        List<Inspector> roster = List.of(inspector("A", 3, Set.of(), Set.of(day1), Set.of(), Set.of()),
                inspector("B", 3, Set.of()));
        AllocationSolution problem = AllocationProblem.create(cases, roster, TIGHT, List.of());

        PeakLoadBound bound = PeakLoadBound.of(problem);

        assertThat(bound.placeableCases()).isEqualTo(3);
        assertThat(bound.peak()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(BruteForce.solve(problem).peak).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void casesNoOneMayTakeAreLeftOutAndTheRestStillBound() {
        List<CaseRecord> cases = List.of(
                caseRecord("W1", "PDU1", "Office A", "PR1", SentenceType.COMMUNITY_ORDER, RiskLevel.MEDIUM, 0, 0, true),
                caseRecord("C1", "PDU1", "Office A", "PR2"), caseRecord("C2", "PDU1", "Office A", "PR3"));
        AllocationSolution problem = AllocationProblem.create(cases, List.of(inspector("A", 4, Set.of())), PARAMS, List.of());

        PeakLoadBound bound = PeakLoadBound.of(problem);

        assertThat(bound.placeableCases()).isEqualTo(2);
        assertThat(bound.unplaceableCases()).isEqualTo(1);
        assertThat(bound.peak()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void atLeastTheOldDiscreteBoundWhenEveryoneMayTakeEverything() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n = 0; n < 20; n++) {
            List<CaseRecord> cases = new ArrayList<>();
            int count = 10 + rnd.nextInt(30);
            for (int i = 0; i < count; i++) {
                cases.add(caseRecord("C" + i, "PDU1", "Office A", "PR" + i,
                        rnd.nextBoolean() ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER,
                        rnd.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM, 0, 0, false));
            }
            List<Inspector> roster = new ArrayList<>();
            for (int i = 0; i < 3 + rnd.nextInt(4); i++) {
                roster.add(inspector("I" + i, 8 + rnd.nextInt(5), Set.of()));
            }
            if (roster.stream().mapToInt(Inspector::maxCases).sum() < count) {
                continue; // the old bound assumes every case placed; when they cannot all fit it is no bound
            }
            AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());
            assertThat(PeakLoadBound.of(problem).peak())
                    .isGreaterThanOrEqualTo(BalanceBound.discretePeakLowerBound(problem) - 1e-9);
        }
    }

    @Test
    void onTheScarceSkillsInstanceTheSpecialistsSetTheBound() {
        // 700 cases, 60 inspectors, three Welsh speakers: the whole-roster bound ignores who may take what.
        GeneratedAllocation data = GeneratedAllocation.scarceSkills(1, 700, 60, PARAMS);
        AllocationSolution problem = AllocationProblem.create(data.cases(), data.inspectors(), PARAMS, List.of());

        PeakLoadBound bound = PeakLoadBound.of(problem);

        assertThat(bound.placeableCases()).isEqualTo(700);
        assertThat(bound.peak()).isGreaterThan(BalanceBound.discretePeakLowerBound(problem) + 0.05);
        GreedyAllocator.allocate(problem);
        AllocationReport report = AllocationReport.of(problem, org.inspectionplanner.planner.solve.SolveFigures.none());
        assertThat(report.score().hard()).isZero();
        if (report.score().assignedCases() == 700) {
            assertThat(report.balance().maxRelativeLoad()).isGreaterThanOrEqualTo(bound.peak() - 1e-9);
        }
        assertThat(report.bound().peakLowerBound()).isLessThanOrEqualTo(report.balance().maxRelativeLoad() + 1e-9);
    }

    @Test
    void aPlanAtTheBoundReachesIt() {
        List<CaseRecord> cases = List.of(caseRecord("C1", "PDU1", "Office A", "PR1"), caseRecord("C2", "PDU1", "Office A", "PR2"));
        AllocationSolution problem = AllocationProblem.create(cases,
                List.of(inspector("A", 2, Set.of()), inspector("B", 2, Set.of())), PARAMS, List.of());
        PeakLoadBound bound = PeakLoadBound.of(problem);
        assertThat(bound.peak()).isCloseTo(0.5, within(1e-9));

        problem.getCases().get(0).setInspector(problem.getInspectors().get(0));
        problem.getCases().get(0).setSlot(problem.getSlots().get(0));
        problem.getCases().get(1).setInspector(problem.getInspectors().get(0));
        problem.getCases().get(1).setSlot(problem.getSlots().get(1));
        AllocationReport.of(problem, org.inspectionplanner.planner.solve.SolveFigures.none()); // sets the score
        assertThat(bound.isReachedBy(problem)).as("both with A: peak 1.0").isFalse();

        problem.getCases().get(1).setInspector(problem.getInspectors().get(1));
        AllocationReport.of(problem, org.inspectionplanner.planner.solve.SolveFigures.none());
        assertThat(bound.isReachedBy(problem)).isTrue();
    }

    /** 2-3 inspectors, 3-7 cases, random skills, conflicts, days, capacities and weights. */
    static AllocationSolution randomInstance(SplittableRandom rnd) {
        AllocationParameters params = rnd.nextBoolean() ? TIGHT : PARAMS;
        List<LocalDate> days = params.fieldworkDays();
        List<CaseRecord> cases = new ArrayList<>();
        int count = 3 + rnd.nextInt(5);
        for (int i = 0; i < count; i++) {
            boolean mappa2 = rnd.nextInt(5) == 0;
            cases.add(caseRecord("C" + i, rnd.nextInt(4) == 0 ? "PDU2" : "PDU1", "Office A",
                    rnd.nextInt(4) == 0 ? null : "PR" + i,
                    rnd.nextBoolean() ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER,
                    rnd.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM, mappa2 ? 2 : 0, mappa2 ? 2 : 0,
                    rnd.nextInt(5) == 0));
        }
        List<Inspector> roster = new ArrayList<>();
        int inspectors = 2 + rnd.nextInt(2);
        for (int i = 0; i < inspectors; i++) {
            Set<Skill> skills = EnumSet.noneOf(Skill.class);
            if (rnd.nextInt(3) == 0) {
                skills.add(Skill.WELSH_LANGUAGE);
            }
            if (rnd.nextInt(3) == 0) {
                skills.add(Skill.MAPPA);
            }
            Set<LocalDate> available = rnd.nextInt(3) == 0 ? Set.of(days.get(rnd.nextInt(days.size()))) : Set.of();
            roster.add(inspector("I" + i, 1 + rnd.nextInt(4), skills, available,
                    rnd.nextInt(4) == 0 ? Set.of("PDU2") : Set.of(),
                    rnd.nextInt(4) == 0 ? Set.of("PR" + rnd.nextInt(count)) : Set.of()));
        }
        return AllocationProblem.create(cases, roster, params, List.of());
    }

    /**
     * Every way to give each case an inspector or none, keeping skills, conflicts, capacity and, per inspector, at
     * most as many interviews as they have slots (every case has its own practitioner, so that is all slots ask);
     * the most cases placed, and the least peak among plans placing that many.
     */
    private static final class BruteForce {
        int placed = -1;
        double peak = Double.MAX_VALUE;

        static BruteForce solve(AllocationSolution problem) {
            BruteForce best = new BruteForce();
            best.search(problem, 0, new int[problem.getInspectors().size()], new int[problem.getInspectors().size()],
                    new long[problem.getInspectors().size()], 0);
            return best;
        }

        private void search(AllocationSolution p, int k, int[] cases, int[] interviews, long[] load, int placedSoFar) {
            List<FieldworkInspector> inspectors = p.getInspectors();
            if (k == p.getCases().size()) {
                double max = 0;
                for (int i = 0; i < inspectors.size(); i++) {
                    if (inspectors.get(i).isUsable()) {
                        max = Math.max(max, inspectors.get(i).relativeLoad(load[i]));
                    }
                }
                if (placedSoFar > placed || (placedSoFar == placed && max < peak)) {
                    placed = placedSoFar;
                    peak = max;
                }
                return;
            }
            CaseAllocation c = p.getCases().get(k);
            search(p, k + 1, cases, interviews, load, placedSoFar);
            for (int i = 0; i < inspectors.size(); i++) {
                FieldworkInspector inspector = inspectors.get(i);
                if (!TinyPlans.mayTake(p, inspector, c, cases[i], interviews[i])) {
                    continue;
                }
                int interview = c.hasPractitioner() ? 1 : 0;
                cases[i]++;
                interviews[i] += interview;
                load[i] += c.getWeight();
                search(p, k + 1, cases, interviews, load, placedSoFar + 1);
                cases[i]--;
                interviews[i] -= interview;
                load[i] -= c.getWeight();
            }
        }
    }
}
