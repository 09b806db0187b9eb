package org.inspectionplanner.planner.allocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balance rule's penalty (the sum over usable inspectors of the squared deviation of their relative load
 * from the ideal, in basis points) and a lower bound on it that respects who may take which case.
 *
 * <p>The bound relaxes a plan to a flow of weight: each case's weight, in weight steps (every load is a whole
 * number of them), may be split between the inspectors allowed to take the case (skills, conflicts of interest,
 * a fieldwork day; a pinned case only its inspector), and an inspector carries at most the weight of the
 * {@code max_cases} heaviest cases open to them, at most as many of them with an interview as their days have
 * slots ({@link #mostWeight}). Every real plan is such a flow, and an inspector's penalty depends on their
 * load alone and is convex in it (in whole steps), so the cheapest flow is a lower bound, and successive
 * shortest paths find it exactly: each next step of weight goes, through any chain of re-routed steps, to the
 * reachable inspector whose penalty it raises least. Unlike a bound over the whole roster, it sees that the few
 * inspectors who alone can take some cases must carry them. On small problems {@link CountedPenaltyLp} also
 * counts cases (the flow lets an inspector who holds four carry 4.5 cases' weight); the bound is the higher.
 */
final class BalancePenaltyBound {

    /** Past this many (case group, inspector) pairs conflicts of interest are left out: a weaker bound, found faster. */
    static final int EXACT_PAIR_LIMIT = 20_000;

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

    /** A lower bound on {@link #penalty} over plans that place every case some usable inspector may take. */
    static long lowerBound(AllocationSolution problem) {
        return lowerBound(problem, Integer.MAX_VALUE);
    }

    /**
     * A lower bound on {@link #penalty} over plans that place at least {@code placed} cases (see
     * {@link PeakLoadBound#placeableCases()}). When that is every case some usable inspector may take, each
     * case's weight must be placed; when capacity leaves some out, any part of it may be (weaker, still a bound).
     */
    static long lowerBound(AllocationSolution problem, int placed) {
        LoadModel model = LoadModel.of(problem);
        if (model.weightStep == 0 || model.seats.isEmpty()) {
            return 0;
        }
        Flow flow = Flow.of(model, false);
        if ((long) flow.supply.length * model.seats.size() > EXACT_PAIR_LIMIT) {
            flow = Flow.of(model, true);
        }
        boolean placeAll = placed >= model.placeableCases();
        return Math.max(flow.cheapest(placeAll), CountedPenaltyLp.lowerBound(model, placeAll, placed));
    }

    /**
     * The most weight (hundredths) a seat can carry: its {@code capacity} heaviest cases among {@code open}, at
     * most {@code interviewCapacity} of them with an interview (the slots of the inspector's days: one PDU, seed 2,
     * an inspector on one day holds four interviews, not max_cases 8). Heaviest first is optimal: the sets
     * within both limits form a laminar matroid.
     */
    static long mostWeight(LoadModel.Seat seat, List<LoadModel.CaseClass> open) {
        List<LoadModel.CaseClass> heaviestFirst = new ArrayList<>(open);
        heaviestFirst.sort(java.util.Comparator.comparingLong(LoadModel.CaseClass::weight).reversed());
        long cases = seat.capacity();
        long interviews = seat.interviewCapacity();
        long weight = 0;
        for (LoadModel.CaseClass c : heaviestFirst) {
            long take = Math.min(c.count(), cases);
            if (c.interview()) {
                take = Math.min(take, interviews);
                interviews -= take;
            }
            cases -= take;
            weight += take * c.weight();
        }
        return weight;
    }

    /** The corners of the greatest convex function below {@code exact} on 0..n: indices, in order. */
    static int[] hullVertices(long[] exact) {
        int n = exact.length;
        int[] hull = new int[n];
        int size = 0;
        for (int u = 0; u < n; u++) {
            while (size >= 2) {
                int a = hull[size - 2];
                int b = hull[size - 1];
                // b lies on or above the segment a-u: drop it
                if ((double) (exact[b] - exact[a]) * (u - a) >= (double) (exact[u] - exact[a]) * (b - a)) {
                    size--;
                } else {
                    break;
                }
            }
            hull[size++] = u;
        }
        return java.util.Arrays.copyOf(hull, size);
    }

    /** Groups of cases with the same eligible inspectors (their weight in steps) and the inspectors' penalty curves. */
    private static final class Flow {
        final long[] supply;
        final int[][] eligible;
        /** penalty[s][u]: the least penalty of seat s at u weight steps (the convex hull of the exact values). */
        final double[][] penalty;

        private Flow(long[] supply, int[][] eligible, double[][] penalty) {
            this.supply = supply;
            this.eligible = eligible;
            this.penalty = penalty;
        }

        /** {@code withoutConflicts}: an unpinned case may go to any usable inspector with its skills. */
        static Flow of(LoadModel model, boolean withoutConflicts) {
            Map<BitSet, long[]> groups = new LinkedHashMap<>(); // eligible -> {steps}
            List<List<LoadModel.CaseClass>> openTo = new ArrayList<>(); // per seat, the classes it may take
            model.seats.forEach(seat -> openTo.add(new ArrayList<>()));
            for (LoadModel.CaseClass c : model.classes) {
                BitSet eligible = c.eligible();
                if (withoutConflicts && !c.pinned()) {
                    eligible = new BitSet();
                    for (int s = 0; s < model.seats.size(); s++) {
                        if (model.seats.get(s).inspector().hasSkills(c.skills())) {
                            eligible.set(s);
                        }
                    }
                }
                groups.computeIfAbsent(eligible, k -> new long[1])[0] += c.count() * c.weight() / model.weightStep;
                eligible.stream().forEach(s -> openTo.get(s).add(c));
            }
            int seats = model.seats.size();
            long[] supply = new long[groups.size()];
            int[][] eligible = new int[groups.size()][];
            int k = 0;
            for (Map.Entry<BitSet, long[]> e : groups.entrySet()) {
                supply[k] = e.getValue()[0];
                eligible[k] = e.getKey().stream().toArray();
                k++;
            }
            double[][] penalty = new double[seats][];
            for (int s = 0; s < seats; s++) {
                LoadModel.Seat seat = model.seats.get(s);
                int most = (int) (mostWeight(seat, openTo.get(s)) / model.weightStep);
                long[] exact = new long[most + 1];
                for (int u = 0; u <= most; u++) {
                    exact[u] = seat.inspector().balancePenalty(u * model.weightStep);
                }
                penalty[s] = convexHull(exact);
            }
            return new Flow(supply, eligible, penalty);
        }

        /**
         * The least total penalty: successive shortest paths. Costs sit only on the inspectors' own curves, so
         * the shortest path for the next step is to the reachable inspector (from a group with weight left,
         * through inspectors and groups with flow between them) whose next step costs least.
         *
         * @param placeAll every group's weight must be placed; otherwise only where it lowers the penalty
         */
        long cheapest(boolean placeAll) {
            int groups = supply.length;
            int seats = penalty.length;
            long[] left = supply.clone();
            int[] load = new int[seats];
            long[][] flow = new long[groups][seats];
            List<List<Integer>> groupsOf = new ArrayList<>();
            for (int s = 0; s < seats; s++) {
                groupsOf.add(new ArrayList<>());
            }
            for (int g = 0; g < groups; g++) {
                for (int s : eligible[g]) {
                    groupsOf.get(s).add(g);
                }
            }
            int[] seatFrom = new int[seats]; // the group that reached a seat
            int[] groupFrom = new int[groups]; // the seat that reached a group (-1: a source)
            boolean[] seenSeat = new boolean[seats];
            boolean[] seenGroup = new boolean[groups];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            while (true) {
                // Fast path: the seat whose next step costs least of all, if a group with weight left may use it directly.
                int cheapestSeat = -1;
                for (int s = 0; s < seats; s++) {
                    if (load[s] + 1 < penalty[s].length && (cheapestSeat < 0
                            || penalty[s][load[s] + 1] - penalty[s][load[s]] < penalty[cheapestSeat][load[cheapestSeat] + 1] - penalty[cheapestSeat][load[cheapestSeat]])) {
                        cheapestSeat = s;
                    }
                }
                if (cheapestSeat >= 0 && (placeAll || penalty[cheapestSeat][load[cheapestSeat] + 1] < penalty[cheapestSeat][load[cheapestSeat]])) {
                    int direct = -1;
                    for (int g : groupsOf.get(cheapestSeat)) {
                        if (left[g] > 0) {
                            direct = g;
                            break;
                        }
                    }
                    if (direct >= 0) {
                        left[direct]--;
                        flow[direct][cheapestSeat]++;
                        load[cheapestSeat]++;
                        continue;
                    }
                }
                Arrays.fill(seenSeat, false);
                Arrays.fill(seenGroup, false);
                queue.clear();
                for (int g = 0; g < groups; g++) {
                    if (left[g] > 0) {
                        seenGroup[g] = true;
                        groupFrom[g] = -1;
                        queue.add(g);
                    }
                }
                if (queue.isEmpty()) {
                    break;
                }
                int best = -1;
                double bestCost = Double.MAX_VALUE;
                while (!queue.isEmpty()) {
                    int g = queue.poll();
                    for (int s : eligible[g]) {
                        if (seenSeat[s]) {
                            continue;
                        }
                        seenSeat[s] = true;
                        seatFrom[s] = g;
                        if (load[s] + 1 < penalty[s].length) {
                            double cost = penalty[s][load[s] + 1] - penalty[s][load[s]];
                            if (cost < bestCost) {
                                bestCost = cost;
                                best = s;
                            }
                        }
                        for (int h : groupsOf.get(s)) {
                            if (!seenGroup[h] && flow[h][s] > 0) {
                                seenGroup[h] = true;
                                groupFrom[h] = s;
                                queue.add(h);
                            }
                        }
                    }
                }
                if (best < 0 || (!placeAll && bestCost >= 0)) {
                    break; // all weight that can (or should) be placed is; stuck only if capacity is not a real limit
                }
                load[best]++;
                int s = best;
                while (true) { // walk back: group -> seat, re-routing one step at each link
                    int g = seatFrom[s];
                    flow[g][s]++;
                    int from = groupFrom[g];
                    if (from < 0) {
                        left[g]--;
                        break;
                    }
                    flow[g][from]--;
                    s = from;
                }
            }
            if (placeAll && Arrays.stream(left).anyMatch(l -> l > 0)) {
                return 0; // the weight cannot all be placed even split: nothing to bound with
            }
            double total = 0;
            for (int s = 0; s < seats; s++) {
                total += penalty[s][load[s]];
            }
            // On the hull's corners the values are the exact integers; a little slack for the sums of doubles.
            return (long) Math.ceil(total - 1e-3 - total * 1e-12);
        }

        /** The greatest convex function below {@code exact} on 0..n (rounding can make the exact squares dip). */
        static double[] convexHull(long[] exact) {
            int n = exact.length;
            int[] hull = hullVertices(exact);
            int size = hull.length;
            double[] result = new double[n];
            for (int h = 0; h + 1 < size; h++) {
                int a = hull[h];
                int b = hull[h + 1];
                for (int u = a; u <= b; u++) {
                    result[u] = exact[a] + (double) (exact[b] - exact[a]) * (u - a) / (b - a);
                }
            }
            if (size == 1) {
                result[0] = exact[0];
            }
            return result;
        }
    }
}
