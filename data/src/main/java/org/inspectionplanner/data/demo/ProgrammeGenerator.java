package org.inspectionplanner.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;

/**
 * A seeded synthetic joint inspection programme for the five inspectorates, feasible by construction.
 *
 * <p>The generator first places every inspection in a hidden witness schedule (greedily levelling
 * each inspectorate's load, outside blackout weeks, at least {@value #NOTICE_WEEKS} weeks after
 * the first Monday, with same-area inspections {@value #AREA_GAP_WEEKS} weeks apart), then sets
 * each inspectorate's weekly staff to the witness's peak load, and each window around the witness
 * start. So the programme is tight (capacity is what the witness needs) but always solvable with
 * the planner's default notice (plan date = first Monday, 2 weeks) and area gap (12 weeks).
 */
public final class ProgrammeGenerator {

    public static final int NOTICE_WEEKS = 2;
    public static final int AREA_GAP_WEEKS = 12;

    private static final InspectionKind[] KINDS = InspectionKind.values();
    /** PDU_PROBATION, YOUTH_JUSTICE, JOINT_THEMATIC, JOINT_AREA, PRISON, CUSTODY. */
    private static final double[] KIND_WEIGHT = {0.30, 0.15, 0.10, 0.10, 0.25, 0.10};
    private static final double[] PRIORITY_WEIGHT = {0.1, 0.2, 0.4, 0.2, 0.1};
    private static final Inspectorate[] ALL = Inspectorate.values();

    private ProgrammeGenerator() {
    }

    /** A programme of {@code inspections} inspections over {@code weeks} weeks from {@code firstMonday}. */
    public static Programme generate(long seed, int inspections, LocalDate firstMonday, int weeks) {
        return generate(seed, inspections, firstMonday, weeks, DemoNames.pdus(26));
    }

    /** As {@link #generate(long, int, LocalDate, int)}, naming PDU inspections after the given PDUs. */
    public static Programme generate(long seed, int inspections, LocalDate firstMonday, int weeks, List<String> pdus) {
        return generateWithWitness(seed, inspections, firstMonday, weeks, pdus).programme();
    }

    /** A programme and the witness schedule that proves it feasible (inspection id to fieldwork start). */
    record WithWitness(Programme programme, Map<String, LocalDate> witness) {
    }

    static WithWitness generateWithWitness(long seed, int inspections, LocalDate firstMonday, int weeks, List<String> pdus) {
        if (firstMonday == null || firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("the programme must start on a Monday, was " + firstMonday);
        }
        if (weeks < 8) {
            throw new IllegalArgumentException("the programme needs at least 8 weeks, was " + weeks);
        }
        if (inspections < 0) {
            throw new IllegalArgumentException("inspections must be >= 0, was " + inspections);
        }
        SplittableRandom rnd = new SplittableRandom(CaseloadGenerator.mix(seed, 2_000_003));
        List<BlackoutWeek> calendar = blackoutWeeks(firstMonday, weeks);
        boolean[] blackout = new boolean[weeks];
        for (BlackoutWeek b : calendar) {
            blackout[(int) ChronoUnit.WEEKS.between(firstMonday, b.weekStart())] = true;
        }

        // PDU inspections go round the caseload's PDUs once: a programme inspects each PDU at most
        // once, and every PDU it inspects can be sampled from the caseload. Further draws of that
        // kind become other kinds.
        List<String> pduRound = List.copyOf(new java.util.LinkedHashSet<>(pdus));
        List<Draft> drafts = new ArrayList<>();
        int pduInspections = 0;
        for (int i = 0; i < inspections; i++) {
            Draft d = draft(rnd, i, pduInspections < pduRound.size() ? pduRound.get(pduInspections) : null);
            if (d.kind == InspectionKind.PDU_PROBATION) {
                pduInspections++;
            }
            drafts.add(d);
        }
        List<String> areaPool = assignAreas(rnd, drafts, weeks, pduRound);

        // Witness schedule: biggest first, each where it raises the peak loads least.
        int[][] load = new int[ALL.length][weeks];
        List<Draft> order = new ArrayList<>(drafts);
        order.sort(Comparator.comparingInt((Draft d) -> -d.work()).thenComparingInt(d -> d.index));
        int open = 0;
        for (int w = NOTICE_WEEKS; w < weeks; w++) {
            open += blackout[w] ? 0 : 1;
        }
        int[] target = new int[ALL.length];
        for (Draft d : drafts) {
            d.demand.forEach((k, n) -> target[k.ordinal()] += n * d.weeks);
        }
        for (int k = 0; k < ALL.length; k++) {
            target[k] = (int) Math.ceil(1.2 * target[k] / Math.max(1, open)); // a peak 20% above the mean
        }
        int[] peak = new int[ALL.length];
        for (Draft d : order) {
            place(rnd, d, drafts, load, peak, target, blackout, weeks, areaPool);
        }
        List<StaffCapacity> capacity = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            boolean summer = monday.getMonth() == Month.AUGUST;
            for (int k = 0; k < ALL.length; k++) {
                // Summer leave takes a few staff, never below what the witness schedule needs.
                int staff = summer ? Math.max(load[k][w], peak[k] - (peak[k] + 5) / 6) : peak[k];
                capacity.add(new StaffCapacity(ALL[k], monday, staff));
            }
        }

        // Announced inspections: one (two in a large programme) keep their witness start.
        int fixedCount = inspections >= 60 ? 2 : inspections >= 5 ? 1 : 0;
        List<Draft> fixable = new ArrayList<>(drafts.stream()
                .filter(d -> d.kind == InspectionKind.PDU_PROBATION || d.kind == InspectionKind.JOINT_AREA).toList());
        for (int i = fixable.size() - 1; i > 0; i--) {
            java.util.Collections.swap(fixable, i, rnd.nextInt(i + 1));
        }
        List<Draft> fixed = fixable.subList(0, Math.min(fixedCount, fixable.size()));

        List<Inspection> out = new ArrayList<>(inspections);
        for (Draft d : drafts) {
            boolean isFixed = fixed.contains(d);
            int slackBefore = rnd.nextDouble() < 0.2 ? weeks : rnd.nextInt(9);
            int slackAfter = rnd.nextDouble() < 0.2 ? weeks : rnd.nextInt(9);
            int earliest = Math.max(0, d.start - slackBefore);
            int lastWeek = Math.min(weeks - 1, d.start + d.weeks - 1 + slackAfter);
            LocalDate preferred = null;
            if (!isFixed && rnd.nextDouble() < (d.kind == InspectionKind.YOUTH_JUSTICE ? 0.6 : 0.2)) {
                int p = d.start + rnd.nextInt(5) - 2;
                if (p < earliest || p + d.weeks - 1 > lastWeek) {
                    p = d.start;
                }
                preferred = firstMonday.plusWeeks(p);
            }
            int priority = isFixed ? 1 : 1 + CaseloadGenerator.pick(rnd, PRIORITY_WEIGHT);
            out.add(new Inspection(d.id, d.title, d.kind, d.demand.size() > 1 ? Tier.JOINT : Tier.SOLE, d.lead, d.area,
                    d.weeks, d.demand, firstMonday.plusWeeks(earliest), firstMonday.plusWeeks(lastWeek).plusDays(6),
                    priority, preferred, isFixed ? firstMonday.plusWeeks(d.start) : null, sampledPdus(d, pduRound),
                    null, Map.of()));
        }
        Map<String, LocalDate> witness = new java.util.TreeMap<>();
        for (Draft d : drafts) {
            witness.put(d.id, firstMonday.plusWeeks(d.start));
        }
        return new WithWitness(new Programme(out, capacity, calendar), witness);
    }

    /** The weeks of the horizon holding Christmas Day, New Year's Day or Easter Monday. */
    public static List<BlackoutWeek> blackoutWeeks(LocalDate firstMonday, int weeks) {
        List<BlackoutWeek> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            LocalDate sunday = monday.plusDays(6);
            if (contains(monday, sunday, LocalDate.of(monday.getYear(), 12, 25))) {
                out.add(new BlackoutWeek(monday, "Christmas"));
            } else if (contains(monday, sunday, LocalDate.of(sunday.getYear(), 1, 1))) {
                out.add(new BlackoutWeek(monday, "New Year"));
            } else if (monday.equals(easterSunday(monday.getYear()).plusDays(1))) {
                out.add(new BlackoutWeek(monday, "Easter"));
            }
        }
        return out;
    }

    private static boolean contains(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The caseload PDUs whose cases an inspection samples: a PDU inspection its own; an area or an
     * area thematic inspection those of its area; the others (youth, prison, custody, national
     * thematics) none.
     */
    private static List<String> sampledPdus(Draft d, List<String> caseloadPdus) {
        return switch (d.kind) {
            case PDU_PROBATION -> List.of(d.pdu);
            case JOINT_AREA, JOINT_THEMATIC -> d.area == null ? List.of()
                    : caseloadPdus.stream().filter(p -> d.area.equals(DemoNames.areaOf(p))).toList();
            default -> List.of();
        };
    }

    /** A draft of one inspection; {@code nextPdu} null when every caseload PDU has its PDU inspection. */
    private static Draft draft(SplittableRandom rnd, int index, String nextPdu) {
        InspectionKind kind = KINDS[CaseloadGenerator.pick(rnd, KIND_WEIGHT)];
        while (kind == InspectionKind.PDU_PROBATION && nextPdu == null) {
            kind = KINDS[CaseloadGenerator.pick(rnd, KIND_WEIGHT)];
        }
        Map<Inspectorate, Integer> demand = new EnumMap<>(Inspectorate.class);
        Inspectorate lead;
        int weeks;
        String title;
        boolean needsArea = true;
        String area = null;
        switch (kind) {
            case PDU_PROBATION -> {
                lead = Inspectorate.PROBATION;
                weeks = 2;
                demand.put(Inspectorate.PROBATION, 6);
                if (rnd.nextDouble() < 0.7) {
                    demand.put(Inspectorate.PRISONS, 1); // offender management is jointly owned with prisons
                }
                title = "Probation inspection: " + nextPdu;
                area = DemoNames.areaOf(nextPdu); // the PDU's own area: it does not move
            }
            case YOUTH_JUSTICE -> {
                lead = Inspectorate.PROBATION;
                weeks = rnd.nextDouble() < 0.3 ? 2 : 1;
                demand.put(Inspectorate.PROBATION, 3);
                demand.put(Inspectorate.CONSTABULARY, 1);
                title = "Youth justice inspection";
            }
            case JOINT_THEMATIC -> {
                lead = ALL[CaseloadGenerator.pick(rnd, new double[] {0.3, 0.2, 0.25, 0.15, 0.1})];
                weeks = 2 + rnd.nextInt(2);
                demand.put(lead, 3 + rnd.nextInt(2));
                addPartners(rnd, demand, 1 + rnd.nextInt(3));
                title = "Joint thematic: " + DemoNames.THEMES.get(index % DemoNames.THEMES.size());
                needsArea = rnd.nextDouble() < 0.4; // most thematics sample nationally
            }
            case JOINT_AREA -> {
                lead = new Inspectorate[] {Inspectorate.CONSTABULARY, Inspectorate.PROBATION, Inspectorate.CPS}[rnd.nextInt(3)];
                weeks = 1 + rnd.nextInt(2);
                demand.put(lead, 3);
                addPartners(rnd, demand, 2 + rnd.nextInt(2));
                title = "Joint area inspection";
            }
            case PRISON -> {
                lead = Inspectorate.PRISONS;
                weeks = 1 + rnd.nextInt(2);
                demand.put(Inspectorate.PRISONS, 6 + rnd.nextInt(3));
                if (rnd.nextDouble() < 0.8) {
                    demand.put(Inspectorate.PROBATION, 1); // offender management in custody
                }
                title = "Prison inspection"; // named after its area once placed
            }
            case CUSTODY -> {
                lead = rnd.nextBoolean() ? Inspectorate.PRISONS : Inspectorate.CONSTABULARY;
                weeks = 1;
                demand.put(Inspectorate.PRISONS, 2);
                demand.put(Inspectorate.CONSTABULARY, 2);
                title = "Police custody inspection";
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Draft d = new Draft(index, String.format("INS%03d", index + 1), title, kind, lead, weeks, demand, needsArea);
        d.area = area;
        d.areaFixed = area != null;
        d.pdu = kind == InspectionKind.PDU_PROBATION ? nextPdu : null;
        return d;
    }

    private static void addPartners(SplittableRandom rnd, Map<Inspectorate, Integer> demand, int partners) {
        int added = 0;
        int guard = 0;
        while (added < partners && guard++ < 50) {
            Inspectorate other = ALL[rnd.nextInt(ALL.length)];
            if (!demand.containsKey(other)) {
                demand.put(other, 1 + rnd.nextInt(2));
                added++;
            }
        }
    }

    /** Few enough areas that most hold several inspections, so the area gap matters. */
    private static List<String> assignAreas(SplittableRandom rnd, List<Draft> drafts, int weeks,
            List<String> caseloadPdus) {
        List<Draft> needing = drafts.stream().filter(d -> d.needsArea && !d.areaFixed).toList();
        int maxPerArea = (weeks - NOTICE_WEEKS - 1) / AREA_GAP_WEEKS + 1;
        double target = Math.max(1, 0.65 * maxPerArea);
        int areas = Math.max(1, Math.min(DemoNames.AREAS.size(), (int) Math.ceil(needing.size() / target)));
        List<String> pool = new ArrayList<>(DemoNames.AREAS);
        for (int i = pool.size() - 1; i > 0; i--) {
            java.util.Collections.swap(pool, i, rnd.nextInt(i + 1));
        }
        // The caseload's own areas first, so that area inspections sample cases the caseload holds.
        List<String> own = caseloadPdus.stream().map(DemoNames::areaOf).filter(java.util.Objects::nonNull)
                .distinct().toList();
        pool.sort(Comparator.comparingInt(a -> own.contains(a) ? 0 : 1));
        for (int i = 0; i < needing.size(); i++) {
            Draft d = needing.get(i);
            d.area = pool.get(rnd.nextInt(areas));
        }
        return pool;
    }

    /**
     * Places one inspection where it raises the loads least. If its own area only has room where
     * it would push an inspectorate's peak above the target, it moves to another area that has
     * better room (areas are invented, so this loses nothing); with no room at all, it becomes
     * national, then shorter.
     */
    private static void place(SplittableRandom rnd, Draft d, List<Draft> all, int[][] load, int[] peak, int[] target,
                              boolean[] blackout, int weeks, List<String> areaPool) {
        while (true) {
            int[] own = best(rnd, d, d.area, all, load, peak, target, blackout, weeks);
            String area = d.area;
            int[] chosen = own;
            if (d.area != null && !d.areaFixed && (own == null || own[1] > 0)) {
                for (String other : areaPool) {
                    int[] c = other.equals(d.area) ? null : best(rnd, d, other, all, load, peak, target, blackout, weeks);
                    if (c != null && (chosen == null || c[1] < chosen[1])) {
                        chosen = c;
                        area = other;
                        if (c[1] == 0) {
                            break;
                        }
                    }
                }
            }
            if (chosen != null) {
                d.area = area;
                d.start = chosen[0];
                for (Map.Entry<Inspectorate, Integer> e : d.demand.entrySet()) {
                    int k = e.getKey().ordinal();
                    for (int w = d.start; w < d.start + d.weeks; w++) {
                        load[k][w] += e.getValue();
                        peak[k] = Math.max(peak[k], load[k][w]);
                    }
                }
                if (d.title.endsWith("inspection")) {
                    d.title = d.title + ": " + (d.area == null ? "national" : d.area);
                }
                return;
            }
            if (d.area != null) {
                d.area = null;
            } else if (d.weeks > 1) {
                d.weeks--;
            } else {
                throw new IllegalArgumentException("the horizon has no week for inspection " + d.id);
            }
        }
    }

    /**
     * The best start for {@code d} in {@code area}: {start, how far it pushes peaks above target}, or
     * null when the area has no room. Among equals, a seeded random choice.
     */
    private static int[] best(SplittableRandom rnd, Draft d, String area, List<Draft> all, int[][] load, int[] peak,
                              int[] target, boolean[] blackout, int weeks) {
        List<Integer> best = new ArrayList<>();
        long bestScore = Long.MAX_VALUE;
        int bestExcess = 0;
        for (int s = NOTICE_WEEKS; s + d.weeks <= weeks; s++) {
            if (!fits(d, area, s, all, blackout)) {
                continue;
            }
            long score = 0;
            int excess = 0;
            for (Map.Entry<Inspectorate, Integer> e : d.demand.entrySet()) {
                int k = e.getKey().ordinal();
                int max = 0;
                for (int w = s; w < s + d.weeks; w++) {
                    max = Math.max(max, load[k][w] + e.getValue());
                }
                score += (long) max * max;
                excess += Math.max(0, max - Math.max(peak[k], target[k]));
            }
            score += (long) excess * 1_000_000;
            if (score < bestScore) {
                bestScore = score;
                bestExcess = excess;
                best.clear();
            }
            if (score == bestScore) {
                best.add(s);
            }
        }
        return best.isEmpty() ? null : new int[] {best.get(rnd.nextInt(best.size())), bestExcess};
    }

    private static boolean fits(Draft d, String area, int s, List<Draft> all, boolean[] blackout) {
        for (int w = s; w < s + d.weeks; w++) {
            if (blackout[w]) {
                return false;
            }
        }
        if (area != null) {
            for (Draft o : all) {
                if (o != d && o.start >= 0 && area.equals(o.area) && Math.abs(o.start - s) < Math.max(AREA_GAP_WEEKS, Math.max(o.weeks, d.weeks))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final class Draft {
        final int index;
        final String id;
        String title;
        final InspectionKind kind;
        final Inspectorate lead;
        int weeks;
        final Map<Inspectorate, Integer> demand;
        final boolean needsArea;
        String area;
        boolean areaFixed;
        String pdu;
        int start = -1;

        Draft(int index, String id, String title, InspectionKind kind, Inspectorate lead, int weeks,
              Map<Inspectorate, Integer> demand, boolean needsArea) {
            this.index = index;
            this.id = id;
            this.title = title;
            this.kind = kind;
            this.lead = lead;
            this.weeks = weeks;
            this.demand = demand;
            this.needsArea = needsArea;
        }

        int work() {
            return weeks * demand.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
