package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-case packing for the cases that only a few inspectors can take (say the Welsh-language cases and
 * the three Welsh speakers): the LP may split such cases, which real plans cannot, so an exact search over
 * those few inspectors often proves a higher peak. Exact (depth-first over the inspectors, with failed states
 * remembered), and it gives up, answering {@code null}, past a work limit.
 */
final class GroupPacking {

    /** Groups larger than this are left to the LP: the search grows with the number of inspectors. */
    static final int MAX_INSPECTORS = 4;
    private static final long WORK_LIMIT = 3_000_000;

    private final LoadModel model;
    private final int[] seats;
    /** Per class: weight, interview (0/1), count; eligible[c][s]: class c may go to seat s. */
    private final long[] weight;
    private final int[] interview;
    private final int[] count;
    private final boolean[][] eligible;
    private final BitSet group;
    private long work;

    private GroupPacking(LoadModel model, BitSet group) {
        this.model = model;
        this.group = group;
        this.seats = group.stream().toArray();
        // Classes that can only go into the group; merge those that look alike from inside it.
        Map<List<Object>, int[]> merged = new LinkedHashMap<>();
        boolean interviewsBind = Arrays.stream(seats)
                .anyMatch(s -> model.seats.get(s).interviewCapacity() < model.seats.get(s).capacity());
        for (LoadModel.CaseClass c : model.classes) {
            BitSet outside = (BitSet) c.eligible().clone();
            outside.andNot(group);
            if (outside.isEmpty()) {
                merged.computeIfAbsent(List.of(c.weight(), interviewsBind && c.interview(), c.eligible()), k -> new int[1])[0] += c.count();
            }
        }
        int n = merged.size();
        weight = new long[n];
        interview = new int[n];
        count = new int[n];
        eligible = new boolean[n][seats.length];
        int k = 0;
        for (Map.Entry<List<Object>, int[]> e : merged.entrySet()) {
            weight[k] = (Long) e.getKey().get(0);
            interview[k] = (Boolean) e.getKey().get(1) ? 1 : 0;
            count[k] = e.getValue()[0];
            for (int s = 0; s < seats.length; s++) {
                eligible[k][s] = ((BitSet) e.getKey().get(2)).get(seats[s]);
            }
            k++;
        }
    }

    /** The distinct sets of at most {@link #MAX_INSPECTORS} inspectors that are all some class of cases may go to. */
    static List<BitSet> smallGroups(LoadModel model) {
        Set<BitSet> groups = new HashSet<>();
        for (LoadModel.CaseClass c : model.classes) {
            if (c.eligible().cardinality() <= MAX_INSPECTORS) {
                groups.add(c.eligible());
            }
        }
        return List.copyOf(groups);
    }

    static GroupPacking of(LoadModel model, BitSet group) {
        return new GroupPacking(model, group);
    }

    BitSet group() {
        return group;
    }

    /** Total weight (hundredths) of the cases that only this group can take. */
    long weight() {
        long total = 0;
        for (int k = 0; k < count.length; k++) {
            total += weight[k] * count[k];
        }
        return total;
    }

    List<LoadModel.Seat> seatList() {
        List<LoadModel.Seat> list = new ArrayList<>();
        for (int s : seats) {
            list.add(model.seats.get(s));
        }
        return list;
    }

    /** Whether those cases fit the group whole, no one above {@code peak}; null when the search gave up. */
    Boolean fits(double peak) {
        long[] limit = new long[seats.length];
        for (int s = 0; s < seats.length; s++) {
            limit[s] = model.weightLimit(model.seats.get(seats[s]), peak);
        }
        work = 0;
        Set<String> failed = new HashSet<>();
        try {
            return place(0, count.clone(), limit, failed);
        } catch (GiveUp e) {
            return null;
        }
    }

    private boolean place(int s, int[] remaining, long[] limit, Set<String> failed) {
        if (s == seats.length) {
            return Arrays.stream(remaining).allMatch(r -> r == 0);
        }
        // Prune: what is left must fit the weight and case capacity of the seats left.
        long weightLeft = 0;
        long casesLeft = 0;
        for (int k = 0; k < remaining.length; k++) {
            weightLeft += remaining[k] * weight[k];
            casesLeft += remaining[k];
        }
        long room = 0;
        long seatsRoom = 0;
        for (int t = s; t < seats.length; t++) {
            room += limit[t];
            seatsRoom += model.seats.get(seats[t]).capacity();
        }
        if (weightLeft > room || casesLeft > seatsRoom) {
            return false;
        }
        String key = s + ":" + Arrays.toString(remaining);
        if (failed.contains(key)) {
            return false;
        }
        LoadModel.Seat seat = model.seats.get(seats[s]);
        if (take(s, 0, remaining, seat.capacity(), seat.interviewCapacity(), limit[s], limit, failed)) {
            return true;
        }
        failed.add(key);
        return false;
    }

    /** Chooses how many of class k and later classes seat s takes (heaviest choices first), then moves on. */
    private boolean take(int s, int k, int[] remaining, int cases, int interviews, long room, long[] limit, Set<String> failed) {
        if (++work > WORK_LIMIT) {
            throw new GiveUp();
        }
        if (k == remaining.length) {
            return place(s + 1, remaining, limit, failed);
        }
        int most = 0;
        if (eligible[k][s]) {
            most = Math.min(remaining[k], cases);
            if (interview[k] == 1) {
                most = Math.min(most, interviews);
            }
            most = (int) Math.min(most, room / weight[k]);
        }
        for (int n = most; n >= 0; n--) {
            remaining[k] -= n;
            boolean ok = take(s, k + 1, remaining, cases - n, interviews - n * interview[k], room - n * weight[k], limit, failed);
            remaining[k] += n;
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
