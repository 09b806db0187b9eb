package org.inspectionplanner.sampler;

/**
 * Proportional allocation of a whole number of cases over groups, with largest-remainder rounding
 * and a capacity per group. Deterministic: remainders that tie go to the larger weight, then to the
 * group first in {@code tieOrder} (lower first; by default the earlier group). A seeded tie order keeps
 * small allocations (one case over many practitioners) from always favouring the same names. What a full group cannot take is shared among the groups with room, in proportion
 * to their weights (that is how practitioner overflow moves to the same office, then the PDU).
 */
public final class Allocation {

    private Allocation() {
    }

    public static int[] largestRemainder(int total, double[] weights, int[] capacity) {
        return largestRemainder(total, weights, capacity, null);
    }

    public static int[] largestRemainder(int total, double[] weights, int[] capacity, int[] tieOrder) {
        int n = weights.length;
        int[] alloc = new int[n];
        long room = 0;
        for (int c : capacity) {
            room += Math.max(0, c);
        }
        int remaining = (int) Math.min(total, room);
        while (remaining > 0) {
            double weightWithRoom = 0;
            int groupsWithRoom = 0;
            for (int i = 0; i < n; i++) {
                if (alloc[i] < capacity[i]) {
                    weightWithRoom += Math.max(0, weights[i]);
                    groupsWithRoom++;
                }
            }
            if (groupsWithRoom == 0) {
                break;
            }
            double[] share = new double[n];
            for (int i = 0; i < n; i++) {
                if (alloc[i] < capacity[i]) {
                    // groups with no weight share only what weighted groups cannot take
                    share[i] = weightWithRoom > 0 ? remaining * Math.max(0, weights[i]) / weightWithRoom
                            : (double) remaining / groupsWithRoom;
                }
            }
            int given = 0;
            for (int i = 0; i < n; i++) {
                int whole = (int) Math.min(Math.floor(share[i] + 1e-9), capacity[i] - alloc[i]);
                alloc[i] += whole;
                given += whole;
                share[i] -= whole;
            }
            remaining -= given;
            // hand out single units by largest remainder
            while (remaining > 0) {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (alloc[i] >= capacity[i] || share[i] <= 1e-9) {
                        continue;
                    }
                    if (best < 0 || share[i] > share[best] + 1e-9
                            || (Math.abs(share[i] - share[best]) <= 1e-9 && (weights[i] > weights[best]
                            || (weights[i] == weights[best] && tieOrder != null && tieOrder[i] < tieOrder[best])))) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                alloc[best]++;
                share[best] = 0;
                remaining--;
            }
        }
        return alloc;
    }

    public static int[] largestRemainder(int total, int[] weights, int[] capacity) {
        return largestRemainder(total, weights, capacity, null);
    }

    public static int[] largestRemainder(int total, int[] weights, int[] capacity, int[] tieOrder) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i];
        }
        return largestRemainder(total, w, capacity, tieOrder);
    }
}
