package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.demo.CaseloadSpec;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.demo.RosterGenerator;
import org.inspectionplanner.data.roster.Inspector;

/**
 * A synthetic allocation instance for benchmarks and demos: {@code cases} cases spread evenly over
 * {@code pdus} generated PDUs (picked at even intervals through each PDU's caseload, so that they
 * spread over its practitioners), and a generated roster whose capacities are scaled, when needed, so
 * that the roster can hold every case with 10% to spare.
 */
public record GeneratedAllocation(List<CaseRecord> cases, List<Inspector> inspectors) {

    public static GeneratedAllocation generate(long seed, int pdus, int cases, int inspectors, AllocationParameters params) {
        LocalDate to = params.fieldworkStart().minusWeeks(27);
        CaseloadSpec spec = new CaseloadSpec(seed, pdus, to.minusWeeks(26), to, 1).sizedFor((long) cases * 6);
        Map<String, List<CaseRecord>> byPdu = new LinkedHashMap<>();
        CaseloadGenerator.forEach(spec, c -> {
            if (!c.underReview()) {
                byPdu.computeIfAbsent(c.pdu(), p -> new ArrayList<>()).add(c);
            }
        });
        List<CaseRecord> sample = new ArrayList<>();
        int p = 0;
        for (List<CaseRecord> pduCases : byPdu.values()) {
            int want = cases / pdus + (p++ < cases % pdus ? 1 : 0);
            for (int i = 0; i < want && i < pduCases.size(); i++) {
                sample.add(pduCases.get((int) ((long) i * pduCases.size() / want)));
            }
        }
        List<Inspector> roster = RosterGenerator.generate(seed, inspectors, List.copyOf(byPdu.keySet()),
                DemoData.practitionerIds(sample), params.fieldworkDays());
        long capacity = roster.stream().mapToLong(Inspector::maxCases).sum();
        double scale = Math.max(1.0, sample.size() * 1.1 / Math.max(1, capacity));
        if (scale > 1.0) {
            roster = roster.stream().map(i -> new Inspector(i.inspectorId(), i.name(), i.inspectorate(), i.role(),
                    i.skills(), (int) Math.ceil(i.maxCases() * scale), i.availableDays(), i.conflictPdus(),
                    i.conflictPractitioners(), i.extra())).toList();
        }
        return new GeneratedAllocation(List.copyOf(sample), roster);
    }
}
