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
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;

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

    /** Welsh speakers, sexual-offending and MAPPA specialists in the scarce-skills roster. */
    static final int WELSH = 3;
    static final int SEXUAL_OFFENDING = 3;
    static final int MAPPA = 3;

    /**
     * The ten-PDU instance of issue 16, where inspectors with scarce skills carry the hardest load: the ten-PDU
     * sample ({@code cases} cases, weights 1.0 to 2.5) and {@code inspectors} inspectors with max_cases 10 to 14,
     * of whom only three speak Welsh (one of them also holds sexual offending, another is there on 2 or 3 days only),
     * three hold sexual offending and three MAPPA; about one in eight is available on only 2 or 3 of the fieldwork
     * days, and about one in twelve has a
     * conflict with a PDU, as many with one or two practitioners (never a specialist with a PDU, which could leave
     * Welsh or MAPPA cases with no one). The team is short of room but not of interview slots: while the slots
     * on their days hold fewer than 103% of the cases, a random non-specialist's max_cases goes up by one (to 14 at most).
     */
    public static GeneratedAllocation scarceSkills(long seed, int cases, int inspectors, AllocationParameters params) {
        List<CaseRecord> sample = generate(seed, 10, cases, 0, params).cases();
        List<String> pdus = sample.stream().map(CaseRecord::pdu).distinct().toList();
        List<String> practitioners = DemoData.practitionerIds(sample);
        List<LocalDate> days = params.fieldworkDays();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed * 31 + 16);
        List<Inspector> roster = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            java.util.Set<Skill> skills = java.util.EnumSet.noneOf(Skill.class);
            if (i < WELSH) {
                skills.add(Skill.WELSH_LANGUAGE);
            }
            if (i == 0 || (i >= WELSH && i < WELSH + SEXUAL_OFFENDING - 1)) {
                skills.add(Skill.SEXUAL_OFFENDING);
            }
            if (i >= WELSH + SEXUAL_OFFENDING - 1 && i < WELSH + SEXUAL_OFFENDING - 1 + MAPPA) {
                skills.add(Skill.MAPPA);
            }
            java.util.Set<LocalDate> available = new java.util.LinkedHashSet<>();
            if (days.size() > 3 && (rnd.nextInt(8) == 0 || i == 1)) {
                List<LocalDate> shuffled = new ArrayList<>(days);
                java.util.Collections.shuffle(shuffled, new java.util.Random(rnd.nextLong()));
                available.addAll(shuffled.subList(0, 2 + rnd.nextInt(2)));
            }
            java.util.Set<String> conflictPdus = skills.isEmpty() && rnd.nextInt(12) == 0
                    ? java.util.Set.of(pdus.get(rnd.nextInt(pdus.size()))) : java.util.Set.of();
            java.util.Set<String> conflictPractitioners = new java.util.LinkedHashSet<>();
            if (rnd.nextInt(12) == 0) {
                for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                    conflictPractitioners.add(practitioners.get(rnd.nextInt(practitioners.size())));
                }
            }
            roster.add(new Inspector(String.format("INSP%03d", i + 1), "Inspector " + (i + 1), Inspectorate.PROBATION,
                    "Inspector", skills, 10 + rnd.nextInt(5), available, conflictPdus, conflictPractitioners, Map.of()));
        }
        // Room for every interview with 3% to spare (interview slots limit those with fewer days): raise the
        // max_cases of fully available non-specialists, never past 14, until there is.
        int slotsPerDay = params.slotTimes().size();
        while (interviewRoom(roster, days.size(), slotsPerDay) < Math.ceil(sample.size() * 1.03)) {
            List<Integer> raisable = new ArrayList<>();
            for (int i = 0; i < roster.size(); i++) {
                Inspector r = roster.get(i);
                if (r.skills().isEmpty() && r.availableDays().isEmpty() && r.maxCases() < 14) {
                    raisable.add(i);
                }
            }
            if (raisable.isEmpty()) {
                break;
            }
            int i = raisable.get(rnd.nextInt(raisable.size()));
            Inspector r = roster.get(i);
            roster.set(i, new Inspector(r.inspectorId(), r.name(), r.inspectorate(), r.role(), r.skills(), r.maxCases() + 1,
                    r.availableDays(), r.conflictPdus(), r.conflictPractitioners(), r.extra()));
        }
        return new GeneratedAllocation(sample, roster);
    }

    private static long interviewRoom(List<Inspector> roster, int days, int slotsPerDay) {
        return roster.stream().mapToLong(i -> Math.min(i.maxCases(),
                (long) (i.availableDays().isEmpty() ? days : i.availableDays().size()) * slotsPerDay)).sum();
    }
}
