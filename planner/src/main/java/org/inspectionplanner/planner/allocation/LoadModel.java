package org.inspectionplanner.planner.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.roster.Skill;

/**
 * The allocation problem cut down to what decides the peak relative load, for {@link PeakLoadBound}: which
 * usable inspector may take which case (skills, conflicts of interest, a fieldwork day; a pinned case only its
 * inspector), each inspector's capacity ({@code max_cases}) and interview capacity (slots on their available
 * days), and case weights. Slot clashes are left out, so every plan of the real problem is a plan here.
 * Cases with the same weight, need of an interview and set of possible inspectors form one class; since any
 * two of them can trade places, the relaxations only need how many cases each class sends to each inspector.
 */
final class LoadModel {

    /** Cases that share weight (hundredths), need of an interview and the usable inspectors who may take them. */
    record CaseClass(long weight, boolean interview, BitSet eligible, Set<Skill> skills, boolean pinned, int count) {
    }

    /** A usable inspector: cases at most {@code capacity}, interviews at most {@code interviewCapacity}. */
    record Seat(FieldworkInspector inspector, int capacity, int interviewCapacity) {
    }

    final List<Seat> seats;
    final List<CaseClass> classes;
    /** Cases no usable inspector may take (they never count in the peak). */
    final int unplaceable;
    /** The greatest common divisor of the case weights: every load is a multiple of it. */
    final long weightStep;

    private LoadModel(List<Seat> seats, List<CaseClass> classes, int unplaceable, long weightStep) {
        this.seats = seats;
        this.classes = classes;
        this.unplaceable = unplaceable;
        this.weightStep = weightStep;
    }

    @SuppressWarnings("unchecked")
    static LoadModel of(AllocationSolution problem) {
        List<FieldworkInspector> usable = problem.getInspectors().stream().filter(FieldworkInspector::isUsable).toList();
        Map<FieldworkInspector, Integer> index = new HashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            index.put(usable.get(i), i);
        }
        int[] pinnedCases = new int[usable.size()];
        int[] pinnedInterviews = new int[usable.size()];
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        int unplaceable = 0;
        long step = 0;
        for (CaseAllocation c : problem.getCases()) {
            BitSet eligible = new BitSet(usable.size());
            if (c.isPinned()) {
                Integer i = c.isAssigned() ? index.get(c.getInspector()) : null;
                if (i != null) { // else it stays unassigned, or sits with an inspector outside the balance
                    eligible.set(i);
                    pinnedCases[i]++;
                    pinnedInterviews[i] += c.hasPractitioner() ? 1 : 0;
                }
            } else {
                for (int i = 0; i < usable.size(); i++) {
                    FieldworkInspector inspector = usable.get(i);
                    if (inspector.hasSkills(c.getRequiredSkills()) && !inspector.hasConflictWith(c)
                            && !inspector.getAvailableDays().isEmpty()) {
                        eligible.set(i);
                    }
                }
            }
            if (eligible.isEmpty()) {
                unplaceable++;
                continue;
            }
            step = BigInteger.valueOf(step).gcd(BigInteger.valueOf(c.getWeight())).longValue();
            counts.computeIfAbsent(List.of(c.getWeight(), c.hasPractitioner(), eligible, c.getRequiredSkills(), c.isPinned()),
                    k -> new int[1])[0]++;
        }
        List<CaseClass> classes = new ArrayList<>();
        counts.forEach((key, n) -> classes.add(new CaseClass((Long) key.get(0), (Boolean) key.get(1), (BitSet) key.get(2),
                (Set<Skill>) key.get(3), (Boolean) key.get(4), n[0])));
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            FieldworkInspector inspector = usable.get(i);
            int slots = (int) problem.getSlots().stream().filter(s -> inspector.isAvailableOn(s.getDay())).count();
            // Pinned rows may already break a limit; the bound must still hold for the plan they force.
            seats.add(new Seat(inspector, Math.max(inspector.getMaxCases(), pinnedCases[i]), Math.max(slots, pinnedInterviews[i])));
        }
        return new LoadModel(List.copyOf(seats), List.copyOf(classes), unplaceable, step);
    }

    int placeableCases() {
        return classes.stream().mapToInt(CaseClass::count).sum();
    }

    /** Relative load is weighted load over max_cases (at least 1), as {@link FieldworkInspector#relativeLoad}. */
    static double divisor(Seat seat) {
        return CaseWeights.SCALE * (double) Math.max(1, seat.inspector().getMaxCases());
    }

    /** The most weight (hundredths) a seat can carry at relative load {@code peak}: whole weight steps only. */
    long weightLimit(Seat seat, double peak) {
        if (weightStep == 0) {
            return 0;
        }
        return (long) Math.floor(peak * divisor(seat) / weightStep + 1e-9) * weightStep;
    }
}
