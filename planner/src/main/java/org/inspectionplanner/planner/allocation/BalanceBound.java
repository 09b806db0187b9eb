package org.inspectionplanner.planner.allocation;

import java.math.BigInteger;

/**
 * Lower bounds for the peak relative load, for judging a plan's balance. The continuous ideal (every usable
 * inspector at total weight over total capacity) cannot be reached when case weights come in steps: this
 * also gives the smallest peak that any plan could have if loads are multiples of the weight step, ignoring
 * skills, conflicts and slots (so it is a bound, not always reachable).
 */
public final class BalanceBound {

    private BalanceBound() {
    }

    /** The smallest peak relative load L such that the inspectors, each loaded up to L in weight steps, hold every case. */
    public static double discretePeakLowerBound(AllocationSolution solution) {
        long step = 0;
        long total = 0;
        for (CaseAllocation c : solution.getCases()) {
            step = BigInteger.valueOf(step).gcd(BigInteger.valueOf(c.getWeight())).longValue();
            total += c.getWeight();
        }
        if (step == 0 || solution.getInspectors().stream().noneMatch(FieldworkInspector::isUsable)) {
            return 0;
        }
        double low = 0;
        double high = Math.max(1, solution.getIdealRelativeLoad()) * 4;
        while (!holdsAll(solution, high, step, total)) {
            high *= 2;
            if (high > 1e6) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (holdsAll(solution, mid, step, total)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean holdsAll(AllocationSolution solution, double peak, long step, long total) {
        long held = 0;
        for (FieldworkInspector inspector : solution.getInspectors()) {
            if (inspector.isUsable()) {
                double capacityInWeight = peak * inspector.getMaxCases() * CaseWeights.SCALE;
                held += (long) Math.floor(capacityInWeight / step + 1e-9) * step;
            }
        }
        return held >= total;
    }
}
