package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;

/**
 * A proven lower bound on the peak relative load (the busiest usable inspector's weighted load over max_cases)
 * of any plan that places at least {@code placeableCases} cases without breaking a hard rule. Built in three steps:
 * <ol>
 * <li>the LP relaxation (Apache Commons Math simplex): cases may be split between the inspectors who may take
 * them (skills, conflicts of interest, a fieldwork day), within max_cases and the interview slots of each
 * inspector's days; its optimum is {@code linearPeak};</li>
 * <li>rounded up to the values a relative load can take: a load is a whole number of weight steps, so at a
 * peak P an inspector can carry only floor(P x max_cases / step) steps; the smallest such P at which the LP
 * still places every case ({@code roundedPeak});</li>
 * <li>tightened by the groups of at most four inspectors who alone can take some cases: those cases must fit
 * them whole, which an exact search checks ({@code peak}, naming the group in {@code tightestGroup}).</li>
 * </ol>
 * Slot clashes are left out, so the bound may sit below the best plan; when a plan reaches it, no plan placing as
 * many cases has a lower peak.
 */
public record PeakLoadBound(double peak, double linearPeak, double roundedPeak, int placeableCases,
        int unplaceableCases, List<String> tightestGroup, long millis) {

    public PeakLoadBound {
        tightestGroup = List.copyOf(tightestGroup);
    }

    /** The bound for plans that place as many cases as eligibility and capacity allow. */
    public static PeakLoadBound of(AllocationSolution problem) {
        return of(problem, Integer.MAX_VALUE);
    }

    /**
     * The bound for plans that place at least {@code placed} cases (fewer when eligibility and capacity
     * allow fewer), e.g. a plan's own count when slot clashes kept some cases out.
     */
    public static PeakLoadBound of(AllocationSolution problem, int placed) {
        long start = System.nanoTime();
        try {
            return compute(problem, placed, start);
        } catch (MathIllegalStateException e) {
            // The simplex gave up (iterations, numerical trouble): 0 is always a true bound, and never stops a solve.
            return new PeakLoadBound(0, 0, 0, Integer.MAX_VALUE, 0, List.of(), millis(start));
        }
    }

    private static PeakLoadBound compute(AllocationSolution problem, int placed, long start) {
        LoadModel model = LoadModel.of(problem);
        LoadLp lp = new LoadLp(model);
        int placeable = model.placeableCases();
        int target = Math.min(placed, placeable);
        if (target <= 0) {
            return new PeakLoadBound(0, 0, 0, 0, problem.getCases().size(), List.of(), millis(start));
        }
        double linear;
        try {
            linear = lp.minPeak(target);
        } catch (NoFeasibleSolutionException e) { // capacity cannot hold them all: bound the plans placing the most
            target = Math.min(target, lp.maxPlaced());
            if (target <= 0) {
                return new PeakLoadBound(0, 0, 0, 0, problem.getCases().size(), List.of(), millis(start));
            }
            linear = lp.minPeak(target);
        }
        linear = Math.max(0, linear - 1e-9);
        int finalTarget = target;
        double minDivisor = model.seats.stream().mapToDouble(LoadModel::divisor).min().orElse(1);
        // At linear + one step over the smallest capacity every inspector's rounded limit covers its LP load.
        double rounded = smallest(model, linear, linear + model.weightStep / minDivisor, p -> lp.feasibleAt(p, finalTarget));
        double peak = rounded;
        List<String> tightest = List.of();
        if (target == placeable) { // with cases left out, a group's cases need not all be placed
            for (BitSet group : GroupPacking.smallGroups(model)) {
                GroupPacking packing = GroupPacking.of(model, group);
                if (packing.fits(peak) != Boolean.FALSE) {
                    continue; // fits at the bound so far (or undecided): nothing to gain
                }
                double groupMinDivisor = packing.seatList().stream().mapToDouble(LoadModel::divisor).min().orElse(1);
                double high = peak + (packing.weight() + model.weightStep) / groupMinDivisor;
                double found = smallest(model, peak, high, p -> packing.fits(p) != Boolean.FALSE);
                if (found > peak) {
                    peak = found;
                    tightest = packing.seatList().stream().map(s -> s.inspector().getId()).toList();
                }
            }
        }
        return new PeakLoadBound(peak, linear, rounded, target, problem.getCases().size() - target, tightest, millis(start));
    }

    /** Whether {@code plan} breaks no hard rule, places every placeable case and has its peak at this bound. */
    public boolean isReachedBy(AllocationSolution plan) {
        if (plan.getScore() == null || plan.getScore().hardScore() < 0) {
            return false;
        }
        long assigned = plan.getCases().stream().filter(CaseAllocation::isAssigned).count();
        return assigned >= placeableCases && AllocationReport.balance(plan).maxRelativeLoad() <= peak + 1e-4;
    }

    /**
     * The smallest relative load a usable inspector can have (a whole number of weight steps over their
     * max_cases) in [low, high] that passes {@code feasible} (monotone: true from some value on), by
     * bisection; {@code high} if none below it.
     */
    private static double smallest(LoadModel model, double low, double high, DoublePredicate feasible) {
        List<Double> values = candidates(model, low, high);
        int lo = 0;
        int hi = values.size(); // values.get(hi) or high is feasible
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (feasible.test(values.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < values.size() ? values.get(lo) : high;
    }

    private static List<Double> candidates(LoadModel model, double low, double high) {
        TreeSet<Double> values = new TreeSet<>();
        long step = Math.max(1, model.weightStep);
        for (LoadModel.Seat seat : model.seats) {
            double divisor = LoadModel.divisor(seat);
            for (long m = (long) Math.ceil(low * divisor / step - 1e-9); m * step / divisor <= high + 1e-12; m++) {
                values.add(m * step / divisor);
            }
        }
        // Values equal up to rounding are one value.
        List<Double> distinct = new ArrayList<>();
        for (double v : values) {
            if (distinct.isEmpty() || v - distinct.get(distinct.size() - 1) > 1e-12) {
                distinct.add(v);
            }
        }
        return distinct;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
