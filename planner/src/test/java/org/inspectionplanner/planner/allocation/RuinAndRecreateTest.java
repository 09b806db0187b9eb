package org.inspectionplanner.planner.allocation;

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
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

class RuinAndRecreateTest {

    private static final SolverConfig CONFIG = AllocationSolverConfig.create(Duration.ofSeconds(1), 1L, AllocationSolverConfig.Construction.SEQUENTIAL);
    private static final SolutionManager<AllocationSolution, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(CONFIG));

    /**
     * Three inspectors, each full (max_cases reached) with one pinned case and one movable case: a (2.5) with A,
     * b (1.5) with B, c (1.0) with C. Conflicts of interest let a go only to A or B, b only to B or C, c only to C or
     * A. A is the busiest (3.5 / 2). Moving one case breaks a capacity; every swap of two sends a case to an
     * inspector conflicted with it; so no single move improves. The cycle a -> B, b -> C, c -> A does: peak 1.5.
     */
    @Test
    void onlyACycleOfThreeMovesImprovesAndTheRebuildFindsIt() {
        AllocationSolution plan = cycleInstance();
        HardMediumSoftLongScore start = SCORES.update(plan);
        assertThat(start.isFeasible()).isTrue();
        assertThat(AllocationReport.balance(plan).maxRelativeLoad()).isEqualTo(1.75);

        assertThat(bestSingleMove(plan)).as("no change, swap or change-both move improves").isLessThanOrEqualTo(start);

        SolverConfig rebuildOnly = CONFIG.copyConfig();
        rebuildOnly.setPhaseConfigList(List.of(new CustomPhaseConfig().withCustomPhaseCommands(
                new RuinAndRecreate(Duration.ofSeconds(2), Duration.ofSeconds(1), 1L))));
        AllocationSolution solved = SolverFactory.<AllocationSolution>create(rebuildOnly).buildSolver().solve(plan);

        assertThat(solved.getScore()).isGreaterThan(start);
        assertThat(solved.getScore().isFeasible()).isTrue();
        Map<String, String> inspectorOf = solved.getCases().stream()
                .collect(Collectors.toMap(CaseAllocation::getCaseId, c -> c.getInspector().getId()));
        assertThat(inspectorOf).containsEntry("a", "B").containsEntry("b", "C").containsEntry("c", "A")
                .containsEntry("fA", "A").containsEntry("fB1", "B").containsEntry("fB2", "B").containsEntry("fC", "C");
        assertThat(AllocationReport.balance(solved).maxRelativeLoad()).isEqualTo(1.5);
    }

    @Test
    void aRebuildThatMakesThingsWorseIsUndone() {
        // The cycle instance already at its best: every rebuild is kept only if no worse, so the plan stays as good.
        AllocationSolution plan = cycleInstance();
        Map<String, CaseAllocation> byId = plan.getCases().stream()
                .collect(Collectors.toMap(CaseAllocation::getCaseId, Function.identity()));
        Map<String, FieldworkInspector> inspectors = plan.getInspectors().stream()
                .collect(Collectors.toMap(FieldworkInspector::getId, Function.identity()));
        byId.get("a").setInspector(inspectors.get("B"));
        byId.get("b").setInspector(inspectors.get("C"));
        byId.get("c").setInspector(inspectors.get("A"));
        HardMediumSoftLongScore best = SCORES.update(plan);

        SolverConfig rebuildOnly = CONFIG.copyConfig();
        rebuildOnly.setPhaseConfigList(List.of(new CustomPhaseConfig().withCustomPhaseCommands(
                new RuinAndRecreate(Duration.ofMillis(500), Duration.ofMillis(500), 3L))));
        AllocationSolution solved = SolverFactory.<AllocationSolution>create(rebuildOnly).buildSolver().solve(plan);

        assertThat(solved.getScore()).isEqualTo(best);
    }

    private static AllocationSolution cycleInstance() {
        List<CaseRecord> cases = List.of(
                caseRecord("a", "PDU-A", "Office A", "PRa", SentenceType.LICENCE, RiskLevel.HIGH, 0, 0, false), // 1.0 + 0.5 + 0.5
                caseRecord("b", "PDU-B", "Office A", "PRb", SentenceType.LICENCE, RiskLevel.MEDIUM, 0, 0, false),
                caseRecord("c", "PDU-C", "Office A", "PRc"),
                caseRecord("fA", "PDU-F", "Office A", "PRfA"), caseRecord("fB1", "PDU-F", "Office A", "PRfB1"),
                caseRecord("fB2", "PDU-F", "Office A", "PRfB2"), caseRecord("fC", "PDU-F", "Office A", "PRfC"));
        List<Inspector> roster = List.of(
                inspector("A", 2, Set.of(), Set.of(), Set.of("PDU-B"), Set.of()),
                inspector("B", 3, Set.of(), Set.of(), Set.of("PDU-C"), Set.of()),
                inspector("C", 2, Set.of(), Set.of(), Set.of("PDU-A"), Set.of()));
        // Weight 2.5 needs MAPPA level 2/3 (a skill) by default; here post-custody + high RoSH with a heavier base.
        AllocationParameters params = PARAMS.withCaseWeights(new CaseWeights(1.0, 0.5, 1.0, 0.5));
        List<PreviousAssignment> previous = new ArrayList<>();
        Map<String, String> at = Map.of("a", "A", "b", "B", "c", "C", "fA", "A", "fB1", "B", "fB2", "B", "fC", "C");
        int k = 0;
        for (CaseRecord c : cases) {
            Slot slot = slot(k / 4, k % 4);
            k++;
            previous.add(new PreviousAssignment(c.caseId(), at.get(c.caseId()), slot.getDay(), slot.getTime(),
                    c.caseId().startsWith("f")));
        }
        // Stability off: the rows of a, b and c are where the plan stands, not a plan to keep.
        return AllocationProblem.create(cases, roster, params.withWeights(
                new AllocationWeights(1, 1, 50_000, 20_000, 100_000, 0)), previous);
    }

    /** The best score any single change (inspector, slot or both, including to none) or swap of two cases gives. */
    private static HardMediumSoftLongScore bestSingleMove(AllocationSolution plan) {
        HardMediumSoftLongScore best = null;
        List<CaseAllocation> movable = plan.getCases().stream().filter(c -> !c.isPinned()).toList();
        List<FieldworkInspector> inspectors = new ArrayList<>(plan.getInspectors());
        inspectors.add(null);
        List<Slot> slots = new ArrayList<>(plan.getSlots());
        slots.add(null);
        for (CaseAllocation c : movable) {
            FieldworkInspector inspector = c.getInspector();
            Slot slot = c.getSlot();
            for (FieldworkInspector i : inspectors) {
                for (Slot s : slots) {
                    c.setInspector(i);
                    c.setSlot(s);
                    best = max(best, SCORES.update(plan));
                }
            }
            c.setInspector(inspector);
            c.setSlot(slot);
        }
        for (CaseAllocation x : movable) {
            for (CaseAllocation y : movable) {
                if (x == y) {
                    continue;
                }
                FieldworkInspector xi = x.getInspector();
                Slot xs = x.getSlot();
                x.setInspector(y.getInspector());
                x.setSlot(y.getSlot());
                y.setInspector(xi);
                y.setSlot(xs);
                best = max(best, SCORES.update(plan));
                y.setInspector(x.getInspector());
                y.setSlot(x.getSlot());
                x.setInspector(xi);
                x.setSlot(xs);
            }
        }
        SCORES.update(plan);
        return best;
    }

    private static HardMediumSoftLongScore max(HardMediumSoftLongScore a, HardMediumSoftLongScore b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
