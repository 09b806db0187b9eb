package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;

/** Small in-code data for the allocation tests. */
final class Fixtures {
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final AllocationParameters PARAMS = AllocationParameters.of(MONDAY);
    static final List<Slot> SLOTS = slots(PARAMS);

    private Fixtures() {
    }

    static List<Slot> slots(AllocationParameters params) {
        List<Slot> slots = new ArrayList<>();
        List<LocalDate> days = params.fieldworkDays();
        for (int d = 0; d < days.size(); d++) {
            for (LocalTime t : params.slotTimes()) {
                slots.add(new Slot(slots.size(), d, days.get(d), t));
            }
        }
        return slots;
    }

    /** Slot {@code time} (0-based) on fieldwork day {@code day} (0-based). */
    static Slot slot(int day, int time) {
        return SLOTS.get(day * PARAMS.slotTimes().size() + time);
    }

    static CaseRecord caseRecord(String id, String pdu, String office, String practitioner) {
        return caseRecord(id, pdu, office, practitioner, SentenceType.COMMUNITY_ORDER, RiskLevel.MEDIUM, 0, 0, false);
    }

    static CaseRecord caseRecord(String id, String pdu, String office, String practitioner, SentenceType type,
            RiskLevel rosh, int mappaCategory, int mappaLevel, boolean welsh) {
        return new CaseRecord(id, "P-" + id, pdu, office, practitioner, type, Set.of(),
                LocalDate.of(2025, 6, 2), null, 12, LocalDate.of(1990, 1, 1), null, null, rosh, RiskLevel.MEDIUM,
                mappaCategory, mappaLevel, false, welsh, false, false, false, null, 0, Map.of());
    }

    static Inspector inspector(String id, int maxCases, Set<Skill> skills) {
        return inspector(id, maxCases, skills, Set.of(), Set.of(), Set.of());
    }

    static Inspector inspector(String id, int maxCases, Set<Skill> skills, Set<LocalDate> days,
            Set<String> conflictPdus, Set<String> conflictPractitioners) {
        return new Inspector(id, "Inspector " + id, Inspectorate.PROBATION, "inspector", skills, maxCases, days,
                conflictPdus, conflictPractitioners, Map.of());
    }

    static FieldworkInspector fieldworkInspector(Inspector inspector, double ideal) {
        return new FieldworkInspector(inspector, PARAMS.fieldworkDays(), ideal);
    }

    static FieldworkInspector fieldworkInspector(String id, int maxCases, Set<Skill> skills) {
        return fieldworkInspector(inspector(id, maxCases, skills), 0.5);
    }

    static CaseAllocation allocation(CaseRecord c, FieldworkInspector inspector, Slot slot) {
        CaseAllocation a = new CaseAllocation(c, PARAMS.skillRules().requiredSkills(c),
                PARAMS.caseWeights().scaledWeightOf(c), SLOTS);
        a.setInspector(inspector);
        a.setSlot(slot);
        return a;
    }

    static CaseAllocation allocation(String id, String practitioner, FieldworkInspector inspector, Slot slot) {
        return allocation(caseRecord(id, "PDU1", "Office A", practitioner), inspector, slot);
    }

    /** Solves as the CLI does (the allocation pipeline, its default unimproved limit). */
    static Solved<AllocationSolution> solve(AllocationSolution problem, Duration limit, Long seed) {
        return new AllocationPipeline().solve(problem, new SolveLimits(limit, null, seed));
    }
}
