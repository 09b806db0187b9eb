package org.inspectionplanner.planner.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The balance rule's penalty (the sum over usable inspectors of the squared deviation of their relative
 * load from the ideal, in basis points) and a lower bound on it for any plan that assigns every case.
 * Such a plan shares the total weight among the usable inspectors in whole weight steps. A deviation
 * rounded to a whole basis point is at least the exact one less half a point, and that lower estimate
 * squared is convex in an inspector's load, so giving each next weight step to the inspector whose
 * estimate it raises least finds its least sum exactly. Skills, conflicts and slots are ignored, so the
 * bound is reached only where they allow the most even spread.
 */
final class BalancePenaltyBound {

    private BalancePenaltyBound() {
    }

    /** The balance penalty of the plan (weight 1), idle usable inspectors included. */
    static long penalty(AllocationSolution plan) {
        Map<FieldworkInspector, Long> loads = new HashMap<>();
        plan.getInspectors().stream().filter(FieldworkInspector::isUsable).forEach(i -> loads.put(i, 0L));
        for (CaseAllocation c : plan.getCases()) {
            if (c.isAssigned()) {
                loads.merge(c.getInspector(), c.getWeight(), Long::sum);
            }
        }
        long penalty = 0;
        for (Map.Entry<FieldworkInspector, Long> e : loads.entrySet()) {
            penalty += e.getKey().balancePenalty(e.getValue());
        }
        return penalty;
    }

    /** A lower bound on {@link #penalty} over plans that assign every case (0 when none can). */
    static long lowerBound(AllocationSolution problem) {
        long step = 0;
        long total = 0;
        for (CaseAllocation c : problem.getCases()) {
            step = BigInteger.valueOf(step).gcd(BigInteger.valueOf(c.getWeight())).longValue();
            total += c.getWeight();
        }
        List<FieldworkInspector> usable = new ArrayList<>(problem.getInspectors().stream().filter(FieldworkInspector::isUsable).toList());
        if (step == 0 || usable.isEmpty()) {
            return 0;
        }
        long[] load = new long[usable.size()];
        double sum = 0;
        for (int i = 0; i < usable.size(); i++) {
            sum += estimate(usable.get(i), 0);
        }
        long finalStep = step;
        PriorityQueue<Integer> next = new PriorityQueue<>((a, b) -> Double.compare(
                estimate(usable.get(a), load[a] + finalStep) - estimate(usable.get(a), load[a]),
                estimate(usable.get(b), load[b] + finalStep) - estimate(usable.get(b), load[b])));
        for (int i = 0; i < usable.size(); i++) {
            next.add(i);
        }
        for (long k = 0; k < total / step; k++) {
            int i = next.poll();
            sum += estimate(usable.get(i), load[i] + step) - estimate(usable.get(i), load[i]);
            load[i] += step;
            next.add(i);
        }
        return (long) Math.ceil(sum - 1e-6);
    }

    /** The least the rounded squared deviation can be at this load: (|exact deviation| - 1/2)^2, or 0. */
    private static double estimate(FieldworkInspector inspector, long load) {
        double deviation = Math.abs((inspector.relativeLoad(load) - inspector.getIdealRelativeLoad()) * 10_000) - 0.5;
        return deviation > 0 ? deviation * deviation : 0;
    }
}
