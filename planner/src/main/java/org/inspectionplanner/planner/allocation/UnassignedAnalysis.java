package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.roster.Skill;

/**
 * Explains each unassigned case by trying it against every inspector of the roster in the final plan.
 * Each inspector is ruled out by the first of: a missing skill, a conflict of interest, being at
 * capacity, having no free slot on an available day that the practitioner also has free. The case's
 * reasons are the set of those, in that order.
 */
public final class UnassignedAnalysis {

    private UnassignedAnalysis() {
    }

    public static List<UnassignedCase> analyse(AllocationSolution solution) {
        Map<FieldworkInspector, Integer> caseCount = new HashMap<>();
        Set<String> inspectorBusy = new HashSet<>();
        Set<String> practitionerBusy = new HashSet<>();
        for (CaseAllocation c : solution.getCases()) {
            if (c.isAssigned()) {
                caseCount.merge(c.getInspector(), 1, Integer::sum);
                if (c.getSlot() != null) {
                    inspectorBusy.add(c.getInspector().getId() + "@" + c.getSlot().getIndex());
                    practitionerBusy.add(c.getPractitionerId() + "@" + c.getSlot().getIndex());
                }
            }
        }
        List<UnassignedCase> result = new ArrayList<>();
        for (CaseAllocation c : solution.getCases()) {
            if (!c.isAssigned()) {
                result.add(explain(c, solution, caseCount, inspectorBusy, practitionerBusy));
            }
        }
        return result;
    }

    private static UnassignedCase explain(CaseAllocation c, AllocationSolution solution,
            Map<FieldworkInspector, Integer> caseCount, Set<String> inspectorBusy, Set<String> practitionerBusy) {
        int unskilled = 0;
        int conflicted = 0;
        int full = 0;
        int noSlot = 0;
        int possible = 0;
        Set<Skill> missing = EnumSet.noneOf(Skill.class);
        for (FieldworkInspector inspector : solution.getInspectors()) {
            if (!inspector.hasSkills(c.getRequiredSkills())) {
                unskilled++;
                c.getRequiredSkills().stream().filter(s -> !inspector.hasSkills(Set.of(s))).forEach(missing::add);
            } else if (inspector.hasConflictWith(c)) {
                conflicted++;
            } else if (caseCount.getOrDefault(inspector, 0) >= inspector.getMaxCases()) {
                full++;
            } else if (!hasFreeSlot(c, inspector, solution.getSlots(), inspectorBusy, practitionerBusy)) {
                noSlot++;
            } else {
                possible++;
            }
        }
        int total = solution.getInspectors().size();
        List<UnassignedReason> reasons = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (unskilled > 0) {
            reasons.add(UnassignedReason.NO_SKILLED_INSPECTOR);
            String skills = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
            parts.add(unskilled == total
                    ? "no inspector has the skills the case needs (" + skills + ")"
                    : unskilled + " of " + total + " inspectors lack " + skills);
        }
        if (conflicted > 0) {
            reasons.add(UnassignedReason.CONFLICT_OF_INTEREST);
            parts.add(conflicted + " " + (unskilled > 0 ? "skilled " : "") + plural(conflicted, "inspector has", "inspectors have")
                    + " a conflict of interest with its PDU or practitioner");
        }
        if (full > 0) {
            reasons.add(UnassignedReason.NO_CAPACITY);
            parts.add(full + " " + (unskilled + conflicted > 0 ? "other " : "") + plural(full, "inspector is", "inspectors are")
                    + " at capacity");
        }
        if (noSlot > 0) {
            reasons.add(UnassignedReason.NO_AVAILABLE_SLOT);
            parts.add(noSlot + " " + plural(noSlot, "inspector has", "inspectors have")
                    + (c.hasPractitioner()
                            ? " no slot on an available day when both they and the practitioner are free"
                            : " no available day in the fieldwork"));
        }
        if (total == 0) {
            parts.add("the roster has no inspectors");
            reasons.add(UnassignedReason.NO_CAPACITY);
        }
        if (possible > 0) {
            parts.add(possible + " " + plural(possible, "inspector", "inspectors")
                    + " could still take it: a longer solve may place it");
        }
        String message = String.join("; ", parts);
        return new UnassignedCase(c.getCaseId(), reasons, message.substring(0, 1).toUpperCase() + message.substring(1) + ".");
    }

    private static boolean hasFreeSlot(CaseAllocation c, FieldworkInspector inspector, List<Slot> slots,
            Set<String> inspectorBusy, Set<String> practitionerBusy) {
        if (!c.hasPractitioner()) {
            return !inspector.getAvailableDays().isEmpty();
        }
        for (Slot slot : slots) {
            if (inspector.isAvailableOn(slot.getDay())
                    && !inspectorBusy.contains(inspector.getId() + "@" + slot.getIndex())
                    && !practitionerBusy.contains(c.getPractitionerId() + "@" + slot.getIndex())) {
                return true;
            }
        }
        return false;
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
