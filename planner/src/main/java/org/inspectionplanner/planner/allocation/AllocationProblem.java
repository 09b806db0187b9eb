package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.roster.Inspector;

/** Builds the planning problem of one fieldwork from the sample, the roster and an optional previous plan. */
public final class AllocationProblem {

    private AllocationProblem() {
    }

    /**
     * @param previous rows of a previous plan (may be empty); rows for cases not in the sample are ignored
     * @throws IllegalArgumentException on duplicate ids, or a pinned row naming an unknown inspector or slot
     */
    public static AllocationSolution create(List<CaseRecord> cases, List<Inspector> inspectors,
            AllocationParameters params, List<PreviousAssignment> previous) {
        List<LocalDate> days = params.fieldworkDays();
        List<Slot> slots = new ArrayList<>();
        Map<String, Slot> slotByKey = new HashMap<>();
        for (int d = 0; d < days.size(); d++) {
            for (LocalTime time : params.slotTimes().stream().sorted().toList()) {
                Slot slot = new Slot(slots.size(), d, days.get(d), time);
                slots.add(slot);
                slotByKey.put(slotKey(days.get(d), time), slot);
            }
        }

        Map<String, CaseRecord> caseById = new LinkedHashMap<>();
        for (CaseRecord c : cases) {
            if (caseById.put(c.caseId(), c) != null) {
                throw new IllegalArgumentException("case " + c.caseId() + " appears more than once in the sample");
            }
        }
        Map<String, Inspector> inspectorById = new LinkedHashMap<>();
        for (Inspector i : inspectors) {
            if (inspectorById.put(i.inspectorId(), i) != null) {
                throw new IllegalArgumentException("inspector " + i.inspectorId() + " appears more than once in the roster");
            }
        }

        // The ideal relative load: all case weight spread over the capacity of inspectors who can work.
        long totalWeight = cases.stream().mapToLong(params.caseWeights()::scaledWeightOf).sum();
        Set<String> samplePdus = new HashSet<>();
        cases.forEach(c -> samplePdus.add(c.pdu()));
        long usableCapacity = inspectors.stream()
                .filter(i -> FieldworkInspector.isUsable(i, days, samplePdus))
                .mapToLong(Inspector::maxCases).sum();
        double ideal = usableCapacity == 0 ? 0.0 : totalWeight / (CaseWeights.SCALE * (double) usableCapacity);

        Map<String, FieldworkInspector> fieldworkInspectors = new LinkedHashMap<>();
        inspectorById.forEach((id, i) -> fieldworkInspectors.put(id, new FieldworkInspector(i, days, ideal, samplePdus)));

        Map<String, CaseAllocation> allocations = new LinkedHashMap<>();
        for (CaseRecord c : caseById.values()) {
            allocations.put(c.caseId(), new CaseAllocation(c, params.skillRules().requiredSkills(c),
                    params.caseWeights().scaledWeightOf(c), slots));
        }

        for (PreviousAssignment row : previous) {
            CaseAllocation allocation = allocations.get(row.caseId());
            if (allocation == null) {
                continue; // a case dropped from the sample since the previous plan
            }
            FieldworkInspector inspector = row.inspectorId() == null ? null : fieldworkInspectors.get(row.inspectorId());
            Slot slot = row.interviewDate() == null || row.interviewTime() == null
                    ? null : slotByKey.get(slotKey(row.interviewDate(), row.interviewTime()));
            if (row.pinned()) {
                if (row.inspectorId() != null && inspector == null) {
                    throw new IllegalArgumentException("pinned case " + row.caseId() + " names inspector "
                            + row.inspectorId() + ", who is not in the roster");
                }
                if (row.interviewDate() != null && slot == null) {
                    throw new IllegalArgumentException("pinned case " + row.caseId() + " has interview "
                            + row.interviewDate() + " " + row.interviewTime() + ", which is not a slot of this fieldwork");
                }
            }
            allocation.setPrevious(inspector, row.inspectorId(), slot, row.pinned());
        }
        return new AllocationSolution(params, List.copyOf(fieldworkInspectors.values()), slots,
                List.copyOf(allocations.values()), ideal);
    }

    private static String slotKey(LocalDate day, LocalTime time) {
        return day + "T" + time;
    }
}
