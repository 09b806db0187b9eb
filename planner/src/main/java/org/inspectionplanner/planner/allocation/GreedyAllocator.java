package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the solver is measured against: each case, hardest first, goes to the least-loaded
 * (relative to capacity) eligible inspector, in the first slot free for both inspector and practitioner
 * on one of the inspector's days. Never breaks a hard constraint; a case with no eligible inspector stays
 * unassigned. Works on the problem in place and only places cases that are not assigned (an inspector and,
 * with a practitioner, a slot): assigned and pinned cases keep their places. Also the solver's warm start on
 * large rosters and its final repair.
 */
public final class GreedyAllocator {

    private GreedyAllocator() {
    }

    /** Places what it can; returns how many cases it placed. */
    public static int allocate(AllocationSolution solution) {
        Map<FieldworkInspector, Long> load = new HashMap<>();
        Map<FieldworkInspector, Integer> count = new HashMap<>();
        Set<String> busy = new HashSet<>();
        List<CaseAllocation> open = new ArrayList<>();
        for (CaseAllocation c : solution.getCases()) {
            if (c.isAssigned() || (c.isPinned() && c.getInspector() != null)) {
                take(c, c.getInspector(), c.getSlot(), load, count, busy);
            } else if (!c.isPinned()) {
                c.setInspector(null);
                c.setSlot(null);
                open.add(c);
            }
        }
        open.sort(new CaseDifficultyComparator().reversed());
        int placed = 0;
        for (CaseAllocation c : open) {
            FieldworkInspector best = null;
            Slot bestSlot = null;
            double bestLoad = Double.MAX_VALUE;
            for (FieldworkInspector inspector : solution.getInspectors()) {
                if (!inspector.hasSkills(c.getRequiredSkills()) || inspector.hasConflictWith(c)
                        || count.getOrDefault(inspector, 0) >= inspector.getMaxCases() || !inspector.isUsable()) {
                    continue;
                }
                double relative = inspector.relativeLoad(load.getOrDefault(inspector, 0L));
                if (relative >= bestLoad) {
                    continue;
                }
                Slot slot = null;
                if (c.hasPractitioner()) {
                    slot = firstFreeSlot(c, inspector, solution.getSlots(), busy);
                    if (slot == null) {
                        continue;
                    }
                }
                best = inspector;
                bestSlot = slot;
                bestLoad = relative;
            }
            if (best != null) {
                take(c, best, bestSlot, load, count, busy);
                placed++;
            }
        }
        return placed;
    }

    private static Slot firstFreeSlot(CaseAllocation c, FieldworkInspector inspector, List<Slot> slots, Set<String> busy) {
        for (Slot slot : slots) {
            if (inspector.isAvailableOn(slot.getDay())
                    && !busy.contains("I" + inspector.getId() + "@" + slot.getIndex())
                    && !busy.contains("P" + c.getPractitionerId() + "@" + slot.getIndex())) {
                return slot;
            }
        }
        return null;
    }

    private static void take(CaseAllocation c, FieldworkInspector inspector, Slot slot,
            Map<FieldworkInspector, Long> load, Map<FieldworkInspector, Integer> count, Set<String> busy) {
        c.setInspector(inspector);
        c.setSlot(slot);
        load.merge(inspector, c.getWeight(), Long::sum);
        count.merge(inspector, 1, Integer::sum);
        if (slot != null) {
            busy.add("I" + inspector.getId() + "@" + slot.getIndex());
            busy.add("P" + c.getPractitionerId() + "@" + slot.getIndex());
        }
    }
}
