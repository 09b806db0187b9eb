package org.inspectionplanner.planner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.planner.allocation.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;

/** The balance penalty bound against brute force: every assignment of a few cases within capacity. */
class BalancePenaltyBoundTest {

    /**
     * Random tiny instances with skills, conflicts of interest, part-time inspectors and few slots (those of the
     * peak bound's test): every plan that places as many cases as the peak bound says can be placed, keeping
     * skills, conflicts, capacity and each inspector's interview slots, has at least the bound's penalty.
     */
    @Test
    void neverExceedsTheBestPenaltyOfAnyPlanThatRespectsEligibility() {
        SplittableRandom random = new SplittableRandom(12);
        int tight = 0;
        int instances = 1_000;
        for (int n = 0; n < instances; n++) {
            AllocationSolution problem = PeakLoadBoundTest.randomInstance(random);
            int placeable = PeakLoadBound.of(problem).placeableCases();
            long bound = BalancePenaltyBound.lowerBound(problem, placeable);
            long[] best = {Long.MAX_VALUE};
            bestPenalty(problem, 0, new int[problem.getInspectors().size()], new int[problem.getInspectors().size()], 0,
                    placeable, best);
            assertThat(best[0]).as("instance %d: some plan places %d", n, placeable).isLessThan(Long.MAX_VALUE);
            assertThat(bound).as("instance %d: bound <= best penalty", n).isLessThanOrEqualTo(best[0]);
            tight += bound == best[0] ? 1 : 0;
        }
        System.out.printf("balance penalty bound = best penalty on %d of %d instances%n", tight, instances);
        // Not a promise, a check that the bound is not trivially low.
        assertThat(tight).as("instances where the bound is the best penalty").isGreaterThan(instances / 2);
    }

    /**
     * One Welsh speaker alone may take six Welsh cases: the bound over the whole roster spreads them, this one
     * charges the Welsh speaker's load, and a plan that gives the Welsh speaker just those cases reaches it.
     */
    @Test
    void chargesTheFewWhoAloneMayTakeSomeCases() {
        List<CaseRecord> cases = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            cases.add(caseRecord("W" + c, "PDU1", "Office A", null, SentenceType.COMMUNITY_ORDER, RiskLevel.MEDIUM, 0, 0, true));
        }
        for (int c = 0; c < 6; c++) {
            cases.add(caseRecord("C" + c, "PDU1", "Office A", null));
        }
        List<Inspector> roster = List.of(inspector("WELSH", 6, Set.of(Skill.WELSH_LANGUAGE)), inspector("A", 6, Set.of()),
                inspector("B", 6, Set.of()));
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());
        long bound = BalancePenaltyBound.lowerBound(problem);

        for (CaseAllocation c : problem.getCases()) {
            boolean welsh = c.getCaseId().startsWith("W");
            int plain = welsh ? 0 : Integer.parseInt(c.getCaseId().substring(1));
            c.setInspector(problem.getInspectors().get(welsh ? 0 : 1 + plain % 2));
        }
        // The Welsh speaker at 1.0, the others at 0.5, the ideal 12 / 18: 3,333^2 + 2 x 1,667^2
        assertThat(bound).isEqualTo(BalancePenaltyBound.penalty(problem)).isGreaterThan(16_000_000);
        assertThat(wholeRosterBound(problem)).as("the bound that ignores skills: everyone at the ideal").isLessThan(1_000);
        AllocationReport.BoundFigures report = AllocationReport.of(problem, org.inspectionplanner.planner.solve.SolveFigures.none()).bound();
        assertThat(report.balancePenalty()).isEqualTo(BalancePenaltyBound.penalty(problem));
        assertThat(report.balancePenaltyBound()).isEqualTo(bound);
    }

    /**
     * An inspector available on one day of four holds four interviews (four slots a day), whatever their max_cases:
     * with twelve equal interview cases and an ideal of 0.75, A (max_cases 8, one day) carries four (0.5) and B eight
     * (1.0), 2,500 bp off each. Without the slot limit the bound would have both at 0.75, a penalty of 0.
     */
    @Test
    void anInspectorCarriesNoMoreInterviewsThanTheirDaysHaveSlots() {
        List<CaseRecord> cases = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            cases.add(caseRecord("C" + c, "PDU1", "Office A", "PR" + c));
        }
        List<Inspector> roster = List.of(inspector("A", 8, Set.of(), Set.of(MONDAY), Set.of(), Set.of()),
                inspector("B", 8, Set.of()));
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());
        assertThat(PARAMS.slotTimes()).hasSize(4);

        long bound = BalancePenaltyBound.lowerBound(problem);

        for (CaseAllocation c : problem.getCases()) {
            int n = Integer.parseInt(c.getCaseId().substring(1));
            c.setInspector(problem.getInspectors().get(n < 4 ? 0 : 1));
            c.setSlot(n < 4 ? slot(0, n) : slot(1 + (n - 4) / 4, (n - 4) % 4));
        }
        assertThat(bound).isEqualTo(BalancePenaltyBound.penalty(problem)).isEqualTo(2 * 2_500L * 2_500L);
    }

    /**
     * An inspector carries at most the weight of their max_cases heaviest cases, not max_cases times the heaviest:
     * A (max_cases 3) may take one plain case of 1.5 and five of 1.0, so at most 3.5; B, the Welsh speaker (6),
     * must take the three Welsh cases of 2.0 as well. The ideal is 12.5 / 9: the best plan gives A 3.5 (1.167) and
     * B 9.0 (1.5). Splitting weight freely up to 3 x 1.5, the bound had A at 4.0 and B at 8.5, a sixteenth of that.
     */
    @Test
    void anInspectorCarriesNoMoreThanTheirHeaviestCasesUpToMaxCases() {
        List<CaseRecord> cases = new ArrayList<>();
        cases.add(caseRecord("H", "PDU1", "Office A", null, SentenceType.LICENCE, RiskLevel.MEDIUM, 0, 0, false));
        for (int c = 0; c < 5; c++) {
            cases.add(caseRecord("L" + c, "PDU1", "Office A", null));
        }
        for (int c = 0; c < 3; c++) {
            cases.add(caseRecord("W" + c, "PDU1", "Office A", null, SentenceType.LICENCE, RiskLevel.HIGH, 0, 0, true));
        }
        List<Inspector> roster = List.of(inspector("A", 3, Set.of()), inspector("B", 6, Set.of(Skill.WELSH_LANGUAGE)));
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());

        long bound = BalancePenaltyBound.lowerBound(problem);

        for (CaseAllocation c : problem.getCases()) {
            boolean toA = c.getCaseId().equals("H") || c.getCaseId().equals("L0") || c.getCaseId().equals("L1");
            c.setInspector(problem.getInspectors().get(toA ? 0 : 1));
        }
        long best = BalancePenaltyBound.penalty(problem);
        // A at 3.5 / 3 and B at 9 / 6 against 12.5 / 9: 2,222 and 1,111 bp
        assertThat(best).isEqualTo(2_222L * 2_222L + 1_111L * 1_111L);
        assertThat(bound).isEqualTo(best);
    }

    /**
     * The weight an inspector carries comes in whole cases: A and B are each on one day (four interviews) and there
     * is one case of 1.5 among thirteen of 1.0. The flow of weight lets both carry 4.5 (B's as four and a half
     * cases of 1.0); counting cases ({@link CountedPenaltyLp}), one of them carries 4.0, and C (max_cases 6) the
     * rest: the bound is the best plan's penalty, 15,085,718, where the flow alone says about 8.5 M.
     */
    @Test
    void theCasesAnInspectorHoldsAreWholeCases() {
        List<CaseRecord> cases = new ArrayList<>();
        cases.add(caseRecord("H", "PDU1", "Office A", "PRH", SentenceType.LICENCE, RiskLevel.MEDIUM, 0, 0, false));
        for (int c = 0; c < 13; c++) {
            cases.add(caseRecord("L" + c, "PDU1", "Office A", "PR" + c));
        }
        List<Inspector> roster = List.of(inspector("A", 8, Set.of(), Set.of(MONDAY), Set.of(), Set.of()),
                inspector("B", 8, Set.of(), Set.of(MONDAY), Set.of(), Set.of()), inspector("C", 6, Set.of()));
        AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());

        long bound = BalancePenaltyBound.lowerBound(problem);

        // A: H and L0-L2 on Monday; B: L3-L6 on Monday; C: L7-L12 on Tuesday and Wednesday
        for (CaseAllocation c : problem.getCases()) {
            int n = c.getCaseId().equals("H") ? -1 : Integer.parseInt(c.getCaseId().substring(1));
            int who = n < 3 ? 0 : n < 7 ? 1 : 2;
            c.setInspector(problem.getInspectors().get(who));
            c.setSlot(who == 0 ? slot(0, n + 1) : who == 1 ? slot(0, n - 3) : slot(1 + (n - 7) / 4, (n - 7) % 4));
        }
        assertThat(problem.getCases()).allMatch(CaseAllocation::isAssigned);
        // ideal 14.5 / 22: A 4.5 / 8 (-966 bp), B 4 / 8 (-1,591), C 6 / 6 (+3,409)
        assertThat(BalancePenaltyBound.penalty(problem)).isEqualTo(966L * 966 + 1_591L * 1_591 + 3_409L * 3_409);
        assertThat(bound).isEqualTo(BalancePenaltyBound.penalty(problem));
    }

    /** The bound with every case open to every usable inspector. */
    private static long wholeRosterBound(AllocationSolution problem) {
        List<CaseRecord> open = problem.getCases().stream().map(c -> caseRecord(c.getCaseId() + "X", "PDU1", "Office A", null))
                .toList();
        List<Inspector> roster = problem.getInspectors().stream().map(i -> inspector(i.getId(), i.getMaxCases(), Set.of())).toList();
        return BalancePenaltyBound.lowerBound(AllocationProblem.create(open, roster, PARAMS, List.of()));
    }

    /** The least penalty over plans placing at least {@code placeable} cases (see PeakLoadBoundTest's brute force). */
    private static void bestPenalty(AllocationSolution p, int k, int[] cases, int[] interviews, int placed, int placeable,
            long[] best) {
        if (k == p.getCases().size()) {
            if (placed >= placeable) {
                best[0] = Math.min(best[0], BalancePenaltyBound.penalty(p));
            }
            return;
        }
        CaseAllocation c = p.getCases().get(k);
        c.setInspector(null);
        bestPenalty(p, k + 1, cases, interviews, placed, placeable, best);
        for (int i = 0; i < p.getInspectors().size(); i++) {
            FieldworkInspector inspector = p.getInspectors().get(i);
            if (!TinyPlans.mayTake(p, inspector, c, cases[i], interviews[i])) {
                continue;
            }
            int interview = c.hasPractitioner() ? 1 : 0;
            cases[i]++;
            interviews[i] += interview;
            c.setInspector(inspector);
            c.setSlot(c.hasPractitioner() ? p.getSlots().stream().filter(s -> inspector.isAvailableOn(s.getDay())).findFirst()
                    .orElseThrow() : null);
            bestPenalty(p, k + 1, cases, interviews, placed + 1, placeable, best);
            c.setInspector(null);
            c.setSlot(null);
            cases[i]--;
            interviews[i] -= interview;
        }
    }

    @Test
    void neverExceedsTheBestPenaltyOfAnyCompletePlanWithinCapacity() {
        SplittableRandom random = new SplittableRandom(5);
        int tight = 0;
        for (int trial = 0; trial < 40; trial++) {
            int caseCount = 3 + random.nextInt(4);
            List<CaseRecord> cases = new ArrayList<>();
            for (int c = 0; c < caseCount; c++) {
                // weights 1.0 to 2.0 in steps of 0.5: post-custody and high risk each add to the base
                cases.add(caseRecord("C" + c, "PDU1", "Office A", null,
                        random.nextBoolean() ? SentenceType.LICENCE : SentenceType.COMMUNITY_ORDER,
                        random.nextBoolean() ? RiskLevel.HIGH : RiskLevel.MEDIUM, 0, 0, false));
            }
            List<Inspector> roster = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                roster.add(inspector("I" + i, 1 + random.nextInt(4), Set.of()));
            }
            AllocationSolution problem = AllocationProblem.create(cases, roster, PARAMS, List.of());
            long bound = BalancePenaltyBound.lowerBound(problem);
            Long best = null;
            int plans = (int) Math.pow(3, caseCount);
            for (int p = 0; p < plans; p++) {
                int[] count = new int[3];
                int code = p;
                for (CaseAllocation c : problem.getCases()) {
                    int i = code % 3;
                    code /= 3;
                    c.setInspector(problem.getInspectors().get(i));
                    count[i]++;
                }
                boolean withinCapacity = true;
                for (int i = 0; i < 3; i++) {
                    withinCapacity &= count[i] <= problem.getInspectors().get(i).getMaxCases();
                }
                if (withinCapacity) {
                    long penalty = BalancePenaltyBound.penalty(problem);
                    best = best == null ? penalty : Math.min(best, penalty);
                }
            }
            if (best != null) {
                assertThat(bound).as("trial %d", trial).isLessThanOrEqualTo(best);
                tight += bound == best ? 1 : 0;
            }
        }
        assertThat(tight).as("reached on some instances").isPositive();
    }
}
