package org.inspectionplanner.data.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;

/**
 * A seeded synthetic inspector roster: mostly probation inspectors (a few from partner
 * inspectorates), specialist skills spread so that every skill is held by someone, 8-12 cases per
 * fieldwork, a few unavailable days and a few conflicts of interest.
 */
public final class RosterGenerator {

    static final double PROBATION_SHARE = 0.9;
    static final double CONFLICT_PDU = 0.08;
    static final double CONFLICT_PRACTITIONER = 0.08;
    static final double PART_AVAILABLE = 0.2;

    private RosterGenerator() {
    }

    /** A roster with no availability limits (every fieldwork day available). */
    public static List<Inspector> generate(long seed, int inspectors, List<String> pdus, List<String> practitionerIds) {
        return generate(seed, inspectors, pdus, practitionerIds, List.of());
    }

    /**
     * A roster; when {@code fieldworkDays} is given, about a fifth of inspectors are unavailable on a
     * few of those days (and list the rest as their available days).
     */
    public static List<Inspector> generate(long seed, int inspectors, List<String> pdus, List<String> practitionerIds,
                                           List<LocalDate> fieldworkDays) {
        if (inspectors < 0) {
            throw new IllegalArgumentException("inspectors must be >= 0, was " + inspectors);
        }
        SplittableRandom rnd = new SplittableRandom(CaseloadGenerator.mix(seed, 1_000_003));
        boolean anyWelsh = pdus.stream().anyMatch(DemoNames::isWelshPdu);
        List<LocalDate> days = fieldworkDays.stream().distinct().sorted().toList();
        Inspectorate[] partners = {Inspectorate.PRISONS, Inspectorate.CONSTABULARY, Inspectorate.CPS, Inspectorate.COURT_ADMINISTRATION};
        List<Inspector> out = new ArrayList<>(inspectors);
        for (int i = 0; i < inspectors; i++) {
            String id = "INSP" + String.format("%03d", i + 1);
            String name = DemoNames.FIRST_NAMES.get(rnd.nextInt(DemoNames.FIRST_NAMES.size())) + " "
                    + DemoNames.LAST_NAMES.get(rnd.nextInt(DemoNames.LAST_NAMES.size()));
            // The first few are always probation inspectors, so small rosters can still read cases.
            Inspectorate inspectorate = i < 3 || rnd.nextDouble() < PROBATION_SHARE
                    ? Inspectorate.PROBATION : partners[rnd.nextInt(partners.length)];
            double r = rnd.nextDouble();
            String role = r < 0.15 ? "Senior inspector" : r < 0.75 ? "Inspector" : r < 0.9 ? "Associate inspector" : "Assistant inspector";

            Set<Skill> skills = EnumSet.noneOf(Skill.class);
            maybe(rnd, skills, Skill.SEXUAL_OFFENDING, 0.30);
            maybe(rnd, skills, Skill.MAPPA, 0.35);
            maybe(rnd, skills, Skill.DOMESTIC_ABUSE, 0.50);
            maybe(rnd, skills, Skill.CHILD_PROTECTION, 0.40);
            maybe(rnd, skills, Skill.YOUTH, 0.15);
            maybe(rnd, skills, Skill.WELSH_LANGUAGE, anyWelsh ? 0.10 : 0.02);
            // Guarantee coverage: the first inspectors hold each skill in turn (Welsh twice where needed).
            if (i < Skill.values().length) {
                skills.add(Skill.values()[i]);
            }
            if (anyWelsh && i == Skill.values().length) {
                skills.add(Skill.WELSH_LANGUAGE);
            }
            int maxCases = role.equals("Assistant inspector") ? 8 : 8 + rnd.nextInt(5);

            Set<LocalDate> available = new LinkedHashSet<>();
            if (!days.isEmpty() && rnd.nextDouble() < PART_AVAILABLE) {
                Set<Integer> off = new java.util.TreeSet<>();
                int n = 1 + rnd.nextInt(Math.min(4, days.size()));
                while (off.size() < Math.min(n, days.size() - 1)) {
                    off.add(rnd.nextInt(days.size()));
                }
                for (int d = 0; d < days.size(); d++) {
                    if (!off.contains(d)) {
                        available.add(days.get(d));
                    }
                }
            }
            Set<String> conflictPdus = new LinkedHashSet<>();
            if (!pdus.isEmpty() && rnd.nextDouble() < CONFLICT_PDU) {
                conflictPdus.add(pdus.get(rnd.nextInt(pdus.size()))); // e.g. worked there until recently
            }
            Set<String> conflictPractitioners = new LinkedHashSet<>();
            if (!practitionerIds.isEmpty() && rnd.nextDouble() < CONFLICT_PRACTITIONER) {
                int n = 1 + rnd.nextInt(2);
                for (int k = 0; k < n; k++) {
                    conflictPractitioners.add(practitionerIds.get(rnd.nextInt(practitionerIds.size())));
                }
            }
            out.add(new Inspector(id, name, inspectorate, role, skills, maxCases, available, conflictPdus,
                    conflictPractitioners, Map.of()));
        }
        return out;
    }

    private static void maybe(SplittableRandom rnd, Set<Skill> skills, Skill skill, double p) {
        if (rnd.nextDouble() < p) {
            skills.add(skill);
        }
    }
}
