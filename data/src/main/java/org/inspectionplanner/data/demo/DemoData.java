package org.inspectionplanner.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.roster.Inspector;

/**
 * A whole synthetic data set that fits together: a caseload, a fieldwork plan whose every PDU can be
 * sampled from that caseload (each fieldwork date has the 27-52 weeks before it inside the caseload's
 * dates where the dates allow, and at least weeks 27-41), a roster that knows the fieldwork days and
 * the caseload's practitioners, and a programme for the five inspectorates starting at the first
 * fieldwork week.
 */
public record DemoData(
        CaseloadSpec caseloadSpec,
        List<CaseRecord> caseload,
        List<PlannedFieldwork> fieldworkPlan,
        List<Inspector> inspectors,
        Programme programme) {

    /**
     * One PDU's fieldwork start (a Monday), as the sampler's {@code --fieldwork-plan} reads it, with the
     * inspection of the demo programme that inspects the PDU ({@code inspectionId}; null when the programme
     * has no PDU inspection for it, e.g. a programme of few inspections).
     */
    public record PlannedFieldwork(String inspectionId, String pdu, LocalDate fieldworkStart) {

        /** As a row of fieldwork-plan.csv. */
        public org.inspectionplanner.data.io.FieldworkPlanCsv.Row row() {
            return new org.inspectionplanner.data.io.FieldworkPlanCsv.Row(inspectionId, pdu, fieldworkStart);
        }
    }

    public DemoData {
        caseload = List.copyOf(caseload);
        fieldworkPlan = List.copyOf(fieldworkPlan);
        inspectors = List.copyOf(inspectors);
    }

    /** What to generate besides the caseload. */
    public record Spec(CaseloadSpec caseload, int inspectors, int inspections, int programmeWeeks) {
        public Spec {
            if (inspectors < 1) {
                throw new IllegalArgumentException("inspectors must be at least 1, was " + inspectors);
            }
            if (inspections < 0) {
                throw new IllegalArgumentException("inspections must be >= 0, was " + inspections);
            }
        }

        /** 26 PDUs over 78 weeks, 40 inspectors, a 52-week programme of 150 inspections. */
        public static Spec defaults() {
            return new Spec(CaseloadSpec.defaults(), 40, 150, 52);
        }
    }

    /** The full default set, as {@code demo-data} writes it with no options. */
    public static DemoData generate(Spec spec) {
        return generate(spec, CaseloadGenerator.generate(spec.caseload()));
    }

    /** A small set for the web app's first start: 3 PDUs (one Welsh), 12 inspectors, 40 inspections over 26 weeks. */
    public static DemoData small() {
        return generate(new Spec(CaseloadSpec.defaults().withPdus(3).withWeeklyMeanPerPdu(25), 12, 40, 26));
    }

    /**
     * Everything but the caseload, which the caller may stream to a file instead of holding it
     * ({@code caseload} may then be empty: the roster's conflicts come from the practitioner ids given).
     */
    public static DemoData generate(Spec spec, List<CaseRecord> caseload) {
        return generate(spec, caseload, practitionerIds(caseload));
    }

    /** As {@link #generate(Spec, List)} with the roster's practitioners given (e.g. collected while streaming). */
    public static DemoData generate(Spec spec, List<CaseRecord> caseload, List<String> practitionerIds) {
        CaseloadSpec cs = spec.caseload();
        List<String> pdus = CaseloadGenerator.pduNames(cs);
        List<PlannedFieldwork> plan = fieldworkPlan(cs, pdus);
        List<LocalDate> days = new ArrayList<>();
        for (PlannedFieldwork f : plan) {
            for (int d = 0; d < 5; d++) {
                days.add(f.fieldworkStart().plusDays(d));
            }
        }
        List<Inspector> inspectors = RosterGenerator.generate(cs.seed(), spec.inspectors(), pdus, practitionerIds, days);
        LocalDate programmeStart = plan.isEmpty() ? firstFieldworkDate(cs) : plan.get(0).fieldworkStart();
        Programme programme = ProgrammeGenerator.generate(cs.seed(), spec.inspections(), programmeStart, spec.programmeWeeks(), pdus);
        return new DemoData(cs, caseload, withInspections(plan, programme), inspectors, programme);
    }

    /**
     * Each PDU's row names the programme's PDU inspection of that PDU (the generator gives each caseload PDU
     * at most one), so that the demo plan has the shape of the one {@code schedule} writes. Its date stays
     * the one chosen to fit the caseload: the schedule's own plan gives the weeks the solver chose.
     */
    private static List<PlannedFieldwork> withInspections(List<PlannedFieldwork> plan, Programme programme) {
        java.util.Map<String, String> inspectionOf = new java.util.HashMap<>();
        for (org.inspectionplanner.data.programme.Inspection i : programme.inspections()) {
            if (i.kind() == org.inspectionplanner.data.programme.InspectionKind.PDU_PROBATION && i.pdus().size() == 1) {
                inspectionOf.putIfAbsent(i.pdus().get(0), i.inspectionId());
            }
        }
        return plan.stream().map(f -> new PlannedFieldwork(inspectionOf.get(f.pdu()), f.pdu(), f.fieldworkStart())).toList();
    }

    /** Distinct practitioner ids in first-seen order (deterministic, unlike a hash set). */
    public static List<String> practitionerIds(List<CaseRecord> caseload) {
        Set<String> ids = new LinkedHashSet<>();
        for (CaseRecord c : caseload) {
            if (c.hasPractitioner()) {
                ids.add(c.practitionerId());
            }
        }
        return List.copyOf(ids);
    }

    /**
     * One fieldwork week per PDU, spread evenly from the first possible Monday to the last, skipping
     * Christmas, New Year and Easter. The first possible Monday leaves 52 weeks of caseload before it
     * (or 41, the quality-and-impact window, when the dates are short); the last still has the
     * cohort window (weeks 27-32 before it) inside the caseload.
     */
    public static List<PlannedFieldwork> fieldworkPlan(CaseloadSpec spec, List<String> pdus) {
        LocalDate first = firstFieldworkDate(spec);
        LocalDate last = lastFieldworkDate(spec);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the caseload dates " + spec.from() + " .. " + spec.to()
                    + " are too short for a fieldwork plan: fieldwork looks back 27 to 41 weeks, so the"
                    + " dates must span at least 15 weeks");
        }
        int span = (int) ChronoUnit.WEEKS.between(first, last) + 1;
        Set<LocalDate> blackout = ProgrammeGenerator.blackoutWeeks(first, span).stream()
                .map(BlackoutWeek::weekStart).collect(Collectors.toCollection(TreeSet::new));
        List<LocalDate> open = new ArrayList<>();
        for (int w = 0; w < span; w++) {
            LocalDate monday = first.plusWeeks(w);
            if (!blackout.contains(monday)) {
                open.add(monday);
            }
        }
        if (open.isEmpty()) {
            open.add(first); // a one-week span in a blackout week: better a date than none
        }
        List<PlannedFieldwork> plan = new ArrayList<>(pdus.size());
        for (int i = 0; i < pdus.size(); i++) {
            int week = pdus.size() == 1 ? 0 : (int) ((long) i * (open.size() - 1) / (pdus.size() - 1));
            plan.add(new PlannedFieldwork(null, pdus.get(i), open.get(week)));
        }
        return plan;
    }

    static LocalDate firstFieldworkDate(CaseloadSpec spec) {
        LocalDate from = spec.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate full = from.plusWeeks(52);
        LocalDate minimum = from.plusWeeks(41);
        return full.isAfter(lastFieldworkDate(spec)) ? minimum : full;
    }

    /** The last Monday whose week 27 before fieldwork ends inside the caseload's dates. */
    static LocalDate lastFieldworkDate(CaseloadSpec spec) {
        // Week 27 before F is [F - 189 days, F - 182 days): it must end on or before 'to'.
        LocalDate latest = spec.to().plusDays(183);
        return latest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
