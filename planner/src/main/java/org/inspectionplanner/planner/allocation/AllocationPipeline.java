package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.inspectionplanner.planner.solve.PlanningPipeline;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.SolveRun;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The allocation's planning pipeline, for the CLI and the web service alike:
 * <ol>
 * <li>prepare: the greedy allocator fills the empty cases first: it checks slots as it goes, so it leaves far
 * fewer cases unplaced than sequential construction, which then only places what greedy could not;</li>
 * <li>configure: {@link AllocationSolverConfig#forProblem}: construction, ruin and recreate over the busiest
 * inspectors ({@link RuinAndRecreate}, a fifth of the limit, stopping at the peak bound), local search;</li>
 * <li>stop: once the best plan places every placeable case, breaks no hard rule and its balance penalty reaches
 * its bound (see {@link #stopRule}), no plan can be better balanced: local search then polishes the rest for
 * as long as it improves it within {@link #polishLimit}. Otherwise at the unimproved limit or the time limit;</li>
 * <li>repair: the greedy allocator on the cases local search left unassigned (a random move rarely hits the
 * one inspector and slot a last case needs on a large roster; a direct search does at once).</li>
 * </ol>
 */
public final class AllocationPipeline extends PlanningPipeline<AllocationSolution> {

    private final boolean stopsEarly;

    /** The pipeline as the CLI and the web service run it: it stops as soon as no better balanced plan is possible. */
    public AllocationPipeline() {
        this(true);
    }

    private AllocationPipeline(boolean stopsEarly) {
        this.stopsEarly = stopsEarly;
    }

    /** The same steps without the early stop (only the unimproved and time limits): a fixed-time solve, to compare with. */
    public static AllocationPipeline withoutEarlyStop() {
        return new AllocationPipeline(false);
    }

    @Override
    public SolverConfig baseConfig() {
        return AllocationSolverConfig.create(null);
    }

    @Override
    protected SolverConfig configure(AllocationSolution problem, SolveLimits limits) {
        return AllocationSolverConfig.forProblem(problem, limits.timeLimit(), limits.seed());
    }

    /**
     * A tenth of the time limit, at least 1 s and at most 10 s: on one PDU local search finds its improvements
     * within a few hundred milliseconds of each other, while on national rosters they come seconds apart.
     */
    @Override
    public Duration defaultUnimprovedLimit(AllocationSolution problem, Duration timeLimit) {
        long tenth = timeLimit.toMillis() / 10;
        return Duration.ofMillis(Math.max(1000, Math.min(10_000, tenth)));
    }

    /**
     * After the balance penalty reaches its bound (see {@link #stopRule}), local search goes on while it improves
     * what the bound does not judge (continuity, travel, practitioner load): the run stops once it has not for this
     * long, a second at most. On the generated one-PDU instance the balance is at its bound from the greedy start, with a
     * soft score of -2.47 M where local search reaches -1.16 M (docs/allocation.md).
     */
    @Override
    public Duration polishLimit(AllocationSolution problem, SolveLimits limits) {
        return Duration.ofMillis(Math.min(1000, limits.unimprovedLimit().toMillis()));
    }

    /**
     * The greedy allocator fills the empty cases first: it checks slots as it goes, costs no score calculation, and
     * leaves few cases for construction to place (on ten PDUs every case is placed in about half a second instead
     * of three; on one PDU local search starts from a better plan, 11,000 score calculations sooner).
     */
    @Override
    protected void prepare(AllocationSolution problem, SolveRun<AllocationSolution> run) {
        if (GreedyAllocator.allocate(problem) > 0) {
            run.improved(problem, "warm start");
        }
    }

    /**
     * No hard rule broken, every case placed that eligibility and capacity allow ({@link PeakLoadBound#placeableCases()}),
     * and the balance rule's penalty (the squared deviations, which the solver minimises) at
     * {@link BalancePenaltyBound} for plans placing that many: no such plan is better balanced. The peak relative
     * load is not asked for: the score does not judge it, and where capacity leaves cases out the lowest peak and
     * the least penalty are different plans (one PDU, seed 3: the peak is lowest when the heaviest cases are left
     * out, the penalty when the lightest are), so asking both could never fire. Where all cases fit, the plans with
     * the least penalty found had the bound's peak (one PDU seeds 1, 2 and 4; docs/allocation.md).
     * The peak bound is still computed here and kept on the problem: the rebuild phase stops at it.
     */
    @Override
    protected Predicate<AllocationSolution> stopRule(AllocationSolution problem) {
        PeakLoadBound linear = problem.getPeakBound();
        if (linear == null) {
            linear = PeakLoadBound.of(problem);
            problem.setPeakBound(linear);
        }
        if (!stopsEarly) {
            return plan -> false;
        }
        int placeable = linear.placeableCases();
        long leastPenalty = BalancePenaltyBound.lowerBound(problem, placeable);
        return plan -> plan.getScore() != null && plan.getScore().isSolutionInitialized()
                && plan.getScore().hardScore() == 0
                && plan.getCases().stream().filter(CaseAllocation::isAssigned).count() >= placeable
                && BalancePenaltyBound.penalty(plan) <= leastPenalty;
    }

    @Override
    protected int repair(AllocationSolution best) {
        return GreedyAllocator.allocate(best);
    }

    /** The highest relative load of a usable inspector in the plan (0 with no case assigned). */
    public static double peakRelativeLoad(AllocationSolution plan) {
        Map<FieldworkInspector, Long> loads = new HashMap<>();
        for (CaseAllocation c : plan.getCases()) {
            if (c.isAssigned()) {
                loads.merge(c.getInspector(), c.getWeight(), Long::sum);
            }
        }
        double peak = 0;
        for (Map.Entry<FieldworkInspector, Long> e : loads.entrySet()) {
            if (e.getKey().isUsable()) {
                peak = Math.max(peak, e.getKey().relativeLoad(e.getValue()));
            }
        }
        return peak;
    }
}
