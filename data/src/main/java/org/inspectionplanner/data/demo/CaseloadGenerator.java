package org.inspectionplanner.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Ethnicity;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;

/**
 * A seeded synthetic caseload extract whose marginals follow the published 2022-23 sample (see
 * the shared domain notes): about 13% women and 19% ethnic minority of those recorded, RoSH
 * 21/62/17, two thirds community orders, the published age bands, a few per cent MAPPA (mostly
 * level 1, three quarters category 1). Cases come PDU by PDU, week by week; each PDU has 2-5
 * offices and practitioners holding 20-40 of its cases.
 *
 * <p>Deterministic: every PDU draws from its own generator seeded from the spec's seed and the
 * PDU's index, and nothing depends on hash iteration order. {@link #stream} holds one PDU's cases
 * at a time, so a million rows can be written without holding them all.
 */
public final class CaseloadGenerator {

    // Published shares (2022-23 sample, n=1,748), used as generation probabilities.
    static final double GENDER_NOT_RECORDED = 0.028;
    static final double FEMALE_OF_KNOWN = 0.13;
    static final double GENDER_OTHER_OF_KNOWN = 0.002;
    static final double ETHNICITY_NOT_RECORDED = 0.06;
    /** Of known ethnicity: MIXED, ASIAN, BLACK, OTHER; together 19%. */
    static final double[] MINORITY_GROUPS = {0.04, 0.065, 0.07, 0.015};
    static final double COMMUNITY = 0.69;
    static final double SUSPENDED_OF_COMMUNITY = 0.40;
    static final double PSS_OF_POST_CUSTODY = 0.25;
    static final int[] AGE_BAND_FROM = {18, 25, 30, 40, 60};
    static final int[] AGE_BAND_TO = {24, 29, 39, 59, 79};
    static final double[] AGE_BAND_WEIGHT = {265, 286, 617, 520, 50};
    static final double ROSH_NOT_ASSESSED = 0.01;
    /** LOW, MEDIUM, HIGH, VERY_HIGH: community cases are lower risk than post-custody ones, overall 21/62/17. */
    static final double[] ROSH_COMMUNITY = {0.27, 0.62, 0.10, 0.01};
    static final double[] ROSH_POST_CUSTODY = {0.09, 0.62, 0.26, 0.03};
    static final double[] LIKELIHOOD = {0.33, 0.37, 0.22, 0.08};
    static final double MAPPA_COMMUNITY = 0.02;
    static final double MAPPA_POST_CUSTODY = 0.09;
    static final double UNDER_REVIEW = 0.025;
    static final double SECOND_SENTENCE = 0.03;
    static final double TERMINATED_FIRST_WEEK = 0.015;
    static final double UNPAID_WORK_ONLY = 0.05;
    static final double UNALLOCATED = 0.005;

    private static final Requirement[] REQUIREMENTS = Requirement.values();
    private static final int RECENT_PERSONS = 256;

    private CaseloadGenerator() {
    }

    /** Every case of the spec, in generation order (PDU by PDU, week by week). */
    public static List<CaseRecord> generate(CaseloadSpec spec) {
        List<CaseRecord> out = new ArrayList<>();
        forEach(spec, out::add);
        return out;
    }

    /** The same cases as {@link #generate}, produced lazily one PDU at a time. Sequential only. */
    public static Stream<CaseRecord> stream(CaseloadSpec spec) {
        State state = new State(spec);
        return IntStream.range(0, spec.pdus()).mapToObj(state::pdu).flatMap(List::stream).sequential();
    }

    /** Hands every case of the spec to {@code sink}, holding one PDU's cases at a time. */
    public static void forEach(CaseloadSpec spec, Consumer<? super CaseRecord> sink) {
        State state = new State(spec);
        for (int p = 0; p < spec.pdus(); p++) {
            state.pdu(p).forEach(sink);
        }
    }

    /** The PDU names a spec generates, in order. */
    public static List<String> pduNames(CaseloadSpec spec) {
        return DemoNames.pdus(spec.pdus());
    }

    /** Counters shared across PDUs so that ids are unique in the whole file. */
    private static final class State {
        private final CaseloadSpec spec;
        private final List<String> pduNames;
        private final double[] sizeFactor;
        private final Map<Integer, Set<Requirement>> requirementSets = new HashMap<>();
        private long nextCase = 1;
        private long nextPerson = 1;
        private int nextPractitioner = 1;

        State(CaseloadSpec spec) {
            this.spec = spec;
            this.pduNames = DemoNames.pdus(spec.pdus());
            // PDU sizes vary (factor 0.6-1.5), scaled so that the mean over PDUs is the spec's.
            SplittableRandom sizes = new SplittableRandom(mix(spec.seed(), -1));
            this.sizeFactor = new double[spec.pdus()];
            double sum = 0;
            for (int p = 0; p < sizeFactor.length; p++) {
                sizeFactor[p] = 0.6 + 0.9 * sizes.nextDouble();
                sum += sizeFactor[p];
            }
            for (int p = 0; p < sizeFactor.length; p++) {
                sizeFactor[p] *= sizeFactor.length / sum;
            }
        }

        List<CaseRecord> pdu(int p) {
            SplittableRandom rnd = new SplittableRandom(mix(spec.seed(), p));
            String pdu = pduNames.get(p);
            boolean welshPdu = DemoNames.isWelshPdu(pdu);
            double welshShare = DemoNames.welshLanguageShare(pdu);

            // Weekly commencements, Poisson around the PDU's mean (fewer over Christmas).
            LocalDate firstMonday = spec.from().with(DayOfWeek.MONDAY);
            int weeks = spec.weeks();
            int[] perWeek = new int[weeks];
            int total = 0;
            for (int w = 0; w < weeks; w++) {
                LocalDate monday = firstMonday.plusWeeks(w);
                int weekdays = weekdaysInRange(monday);
                double lambda = spec.weeklyMeanPerPdu() * sizeFactor[p] * weekdays / 5.0 * seasonal(monday);
                perWeek[w] = poisson(rnd, lambda);
                total += perWeek[w];
            }

            // Offices (each big enough for one practitioner) and practitioners holding 20-40 cases.
            int unallocated = (int) Math.round(total * UNALLOCATED);
            int allocated = total - unallocated;
            int offices = Math.max(1, Math.min(2 + rnd.nextInt(4), allocated / 20));
            String[] officeNames = officeNames(rnd, pdu, offices);
            int[] officeCases = split(rnd, allocated, offices, 20, Integer.MAX_VALUE);
            List<String> practitioners = new ArrayList<>();
            int[] slotOffice = new int[total];
            int[] slotPractitioner = new int[total];
            int slot = 0;
            for (int o = 0; o < offices; o++) {
                int c = officeCases[o];
                int lo = Math.max(1, (c + 39) / 40);
                int hi = Math.max(lo, c / 20);
                int n = Math.min(hi, Math.max(lo, (int) Math.round(c / 30.0)));
                int[] load = split(rnd, c, n, Math.min(20, c / n), 40);
                for (int k = 0; k < n; k++) {
                    int index = practitioners.size();
                    practitioners.add(practitionerId(nextPractitioner++));
                    for (int j = 0; j < load[k]; j++) {
                        slotOffice[slot] = o;
                        slotPractitioner[slot] = index;
                        slot++;
                    }
                }
            }
            for (; slot < total; slot++) {
                slotOffice[slot] = rnd.nextInt(offices);
                slotPractitioner[slot] = -1;
            }
            shuffle(rnd, slotOffice, slotPractitioner);

            String[] localPrisons = localPrisons(p, welshPdu);
            Person[] recent = new Person[RECENT_PERSONS];
            int recentCount = 0;
            List<CaseRecord> cases = new ArrayList<>(total);
            int c = 0;
            for (int w = 0; w < weeks; w++) {
                LocalDate monday = firstMonday.plusWeeks(w);
                List<LocalDate> days = weekdays(monday);
                for (int i = 0; i < perWeek[w]; i++, c++) {
                    LocalDate start = days.get(rnd.nextInt(days.size()));
                    Person person = null;
                    if (recentCount > 0 && rnd.nextDouble() < SECOND_SENTENCE) {
                        int pick = rnd.nextInt(Math.min(recentCount, RECENT_PERSONS));
                        person = recent[pick];
                        recent[pick] = null; // two sentences at most
                    }
                    if (person == null) {
                        person = newPerson(rnd, start, welshPdu && rnd.nextDouble() < welshShare);
                        recent[recentCount % RECENT_PERSONS] = person;
                        recentCount++;
                    }
                    String practitioner = slotPractitioner[c] < 0 ? null : practitioners.get(slotPractitioner[c]);
                    cases.add(newCase(rnd, person, pdu, officeNames[slotOffice[c]], practitioner, start, localPrisons));
                }
            }
            return cases;
        }

        private Person newPerson(SplittableRandom rnd, LocalDate start, boolean welsh) {
            Gender gender = null;
            if (rnd.nextDouble() >= GENDER_NOT_RECORDED) {
                double g = rnd.nextDouble();
                gender = g < FEMALE_OF_KNOWN ? Gender.FEMALE : g < FEMALE_OF_KNOWN + GENDER_OTHER_OF_KNOWN ? Gender.OTHER : Gender.MALE;
            }
            Ethnicity ethnicity = null;
            if (rnd.nextDouble() >= ETHNICITY_NOT_RECORDED) {
                double e = rnd.nextDouble();
                ethnicity = Ethnicity.WHITE;
                Ethnicity[] groups = {Ethnicity.MIXED, Ethnicity.ASIAN, Ethnicity.BLACK, Ethnicity.OTHER};
                for (int k = 0; k < groups.length; k++) {
                    if (e < MINORITY_GROUPS[k]) {
                        ethnicity = groups[k];
                        break;
                    }
                    e -= MINORITY_GROUPS[k];
                }
            }
            int band = pick(rnd, AGE_BAND_WEIGHT);
            int age = AGE_BAND_FROM[band] + rnd.nextInt(AGE_BAND_TO[band] - AGE_BAND_FROM[band] + 1);
            // Fewer than 365 days back from the birthday keeps the age at start exactly 'age'.
            LocalDate dob = start.minusYears(age).minusDays(rnd.nextInt(360));
            return new Person(personId(nextPerson++), dob, gender, ethnicity, welsh);
        }

        private CaseRecord newCase(SplittableRandom rnd, Person person, String pdu, String office, String practitioner,
                                   LocalDate start, String[] localPrisons) {
            boolean community = rnd.nextDouble() < COMMUNITY;
            SentenceType type = community
                    ? (rnd.nextDouble() < SUSPENDED_OF_COMMUNITY ? SentenceType.SUSPENDED_SENTENCE_ORDER : SentenceType.COMMUNITY_ORDER)
                    : (rnd.nextDouble() < PSS_OF_POST_CUSTODY ? SentenceType.POST_SENTENCE_SUPERVISION : SentenceType.LICENCE);
            Set<Requirement> requirements = community ? requirements(rnd) : Set.of();
            Integer months = sentenceMonths(rnd, type);

            int mappaCategory = 0;
            int mappaLevel = 0;
            if (rnd.nextDouble() < (community ? MAPPA_COMMUNITY : MAPPA_POST_CUSTODY)) {
                double m = rnd.nextDouble();
                mappaCategory = community ? (m < 0.9 ? 1 : 3) : (m < 0.68 ? 1 : m < 0.98 ? 2 : 3);
                double l = rnd.nextDouble();
                mappaLevel = l < 0.96 ? 1 : l < 0.995 ? 2 : 3;
            }
            RiskLevel rosh = null;
            if (mappaLevel >= 2) {
                rosh = rnd.nextDouble() < 0.7 ? RiskLevel.HIGH : RiskLevel.VERY_HIGH; // levels 2-3 are high-risk cases
            } else if (rnd.nextDouble() >= ROSH_NOT_ASSESSED) {
                rosh = RiskLevel.values()[pick(rnd, community ? ROSH_COMMUNITY : ROSH_POST_CUSTODY)];
            }
            RiskLevel likelihood = rnd.nextDouble() < 0.03 ? null : RiskLevel.values()[pick(rnd, LIKELIHOOD)];

            LocalDate termination = null;
            boolean recalled = false;
            if (rnd.nextDouble() < TERMINATED_FIRST_WEEK) {
                termination = start.plusDays(rnd.nextInt(8));
                if (termination.isAfter(spec.to())) {
                    termination = null; // not yet known on the extract date
                }
            } else if (type == SentenceType.LICENCE && rnd.nextDouble() < 0.08) {
                LocalDate recall = start.plusDays(14 + rnd.nextInt(170));
                if (!recall.isAfter(spec.to())) {
                    recalled = true;
                    termination = recall;
                }
            } else {
                LocalDate end = switch (type) {
                    case COMMUNITY_ORDER, SUSPENDED_SENTENCE_ORDER -> start.plusMonths(months == null ? 12 : months);
                    case LICENCE -> start.plusMonths(Math.max(1, (months == null ? 12 : months) / 2));
                    case POST_SENTENCE_SUPERVISION -> start.plusMonths(12);
                };
                if (rnd.nextDouble() < 0.06) { // breached, revoked or otherwise ended early
                    long span = Math.max(9, java.time.temporal.ChronoUnit.DAYS.between(start, end));
                    end = start.plusDays(8 + rnd.nextLong(span - 8));
                }
                if (!end.isAfter(spec.to())) {
                    termination = end;
                }
            }

            boolean female = person.gender == Gender.FEMALE;
            String releasedFrom = null;
            if (!community) {
                releasedFrom = female
                        ? DemoNames.WOMENS_PRISONS.get(rnd.nextInt(DemoNames.WOMENS_PRISONS.size()))
                        : rnd.nextDouble() < 0.8 ? localPrisons[rnd.nextInt(localPrisons.length)] : anyPrison(rnd);
            }
            double sanctionsMean = community ? 8 : 15;
            int previous = rnd.nextDouble() < 0.1 ? 0 : geometric(rnd, sanctionsMean);
            person.sentences++;

            return new CaseRecord(
                    caseId(nextCase++), person.id, pdu, office, practitioner, type, requirements, start, termination, months,
                    person.dob, person.gender, person.ethnicity, rosh, likelihood, mappaCategory, mappaLevel,
                    rnd.nextDouble() < UNDER_REVIEW, person.welsh,
                    rnd.nextDouble() < 0.30, rnd.nextDouble() < (female ? 0.30 : 0.12), recalled, releasedFrom,
                    previous + (person.sentences - 1), Map.of());
        }

        /** Requirements of a community order: most carry RAR and/or an accredited programme; some only restrict. */
        private Set<Requirement> requirements(SplittableRandom rnd) {
            double u = rnd.nextDouble();
            EnumSet<Requirement> r = EnumSet.noneOf(Requirement.class);
            if (u < UNPAID_WORK_ONLY) {
                r.add(Requirement.UNPAID_WORK);
            } else if (u < UNPAID_WORK_ONLY + 0.03) {
                r.add(Requirement.CURFEW);
            } else if (u < UNPAID_WORK_ONLY + 0.05) {
                r.add(Requirement.UNPAID_WORK);
                r.add(Requirement.CURFEW);
            } else {
                if (rnd.nextDouble() < 0.82) {
                    r.add(Requirement.RAR);
                }
                if (rnd.nextDouble() < 0.25) {
                    r.add(Requirement.ACCREDITED_PROGRAMME);
                }
                if (r.isEmpty()) {
                    r.add(Requirement.RAR);
                }
                addMaybe(rnd, r, Requirement.UNPAID_WORK, 0.30);
                addMaybe(rnd, r, Requirement.DRUG_TREATMENT, 0.08);
                addMaybe(rnd, r, Requirement.ALCOHOL_TREATMENT, 0.07);
                addMaybe(rnd, r, Requirement.MENTAL_HEALTH_TREATMENT, 0.03);
                addMaybe(rnd, r, Requirement.CURFEW, 0.08);
                addMaybe(rnd, r, Requirement.EXCLUSION, 0.02);
                addMaybe(rnd, r, Requirement.RESIDENCE, 0.02);
                addMaybe(rnd, r, Requirement.PROHIBITED_ACTIVITY, 0.03);
                addMaybe(rnd, r, Requirement.ATTENDANCE_CENTRE, 0.005);
                addMaybe(rnd, r, Requirement.OTHER, 0.02);
            }
            int mask = 0;
            for (Requirement req : r) {
                mask |= 1 << req.ordinal();
            }
            // One shared immutable set per combination keeps a million cases small.
            return requirementSets.computeIfAbsent(mask, k -> Set.copyOf(r));
        }

        private int weekdaysInRange(LocalDate monday) {
            return weekdays(monday).size();
        }

        private List<LocalDate> weekdays(LocalDate monday) {
            List<LocalDate> days = new ArrayList<>(5);
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusDays(d);
                if (!day.isBefore(spec.from()) && !day.isAfter(spec.to())) {
                    days.add(day);
                }
            }
            return days;
        }
    }

    private static final class Person {
        final String id;
        final LocalDate dob;
        final Gender gender;
        final Ethnicity ethnicity;
        final boolean welsh;
        int sentences;

        Person(String id, LocalDate dob, Gender gender, Ethnicity ethnicity, boolean welsh) {
            this.id = id;
            this.dob = dob;
            this.gender = gender;
            this.ethnicity = ethnicity;
            this.welsh = welsh;
        }
    }

    private static void addMaybe(SplittableRandom rnd, Set<Requirement> r, Requirement req, double p) {
        if (rnd.nextDouble() < p) {
            r.add(req);
        }
    }

    private static Integer sentenceMonths(SplittableRandom rnd, SentenceType type) {
        if (rnd.nextDouble() < 0.01) {
            return null; // not recorded
        }
        return switch (type) {
            case COMMUNITY_ORDER -> new int[] {6, 9, 12, 12, 12, 18, 18, 24, 24, 36}[rnd.nextInt(10)];
            case SUSPENDED_SENTENCE_ORDER -> new int[] {3, 4, 6, 6, 8, 12, 12, 18, 24}[rnd.nextInt(9)];
            case POST_SENTENCE_SUPERVISION -> rnd.nextDouble() < 0.8 ? 1 + rnd.nextInt(11) : 12 + rnd.nextInt(12);
            case LICENCE -> {
                double u = rnd.nextDouble();
                yield u < 0.25 ? 2 + rnd.nextInt(10) : u < 0.65 ? 12 + rnd.nextInt(36) : u < 0.93 ? 48 + rnd.nextInt(72) : 120 + rnd.nextInt(181);
            }
        };
    }

    private static String anyPrison(SplittableRandom rnd) {
        int n = DemoNames.PRISONS.size() + DemoNames.WELSH_PRISONS.size();
        int k = rnd.nextInt(n);
        return k < DemoNames.PRISONS.size() ? DemoNames.PRISONS.get(k) : DemoNames.WELSH_PRISONS.get(k - DemoNames.PRISONS.size());
    }

    private static String[] localPrisons(int pduIndex, boolean welsh) {
        List<String> pool = welsh ? DemoNames.WELSH_PRISONS : DemoNames.PRISONS;
        String[] out = new String[3];
        for (int k = 0; k < 3; k++) {
            out[k] = pool.get((pduIndex * 3 + k) % pool.size());
        }
        return out;
    }

    private static String[] officeNames(SplittableRandom rnd, String pdu, int offices) {
        List<Integer> sites = new ArrayList<>();
        for (int i = 0; i < DemoNames.OFFICE_SITES.size(); i++) {
            sites.add(i);
        }
        Collections.shuffle(sites, new java.util.Random(rnd.nextLong()));
        String[] names = new String[offices];
        for (int o = 0; o < offices; o++) {
            names[o] = pdu + " - " + DemoNames.OFFICE_SITES.get(sites.get(o % sites.size()))
                    + (o >= sites.size() ? " " + (o / sites.size() + 1) : "");
        }
        return names;
    }

    /**
     * Splits {@code total} into {@code parts} counts of at least {@code min} and at most {@code cap} each
     * (the caller makes sure the total fits), spread at random.
     */
    static int[] split(SplittableRandom rnd, int total, int parts, int min, int cap) {
        int[] out = new int[parts];
        int floor = Math.min(min, total / parts);
        int rest = total - floor * parts;
        java.util.Arrays.fill(out, floor);
        // Random weights give uneven offices and caseloads; the cap keeps practitioners within 20-40.
        double[] weight = new double[parts];
        double sum = 0;
        for (int k = 0; k < parts; k++) {
            weight[k] = 0.5 + rnd.nextDouble();
            sum += weight[k];
        }
        int given = 0;
        for (int k = 0; k < parts; k++) {
            int share = (int) Math.floor(rest * weight[k] / sum);
            share = Math.min(share, cap - out[k]);
            out[k] += share;
            given += share;
        }
        int k = 0;
        while (given < rest) { // the rounding remainder, round robin below the cap
            if (out[k] < cap) {
                out[k]++;
                given++;
            }
            k = (k + 1) % parts;
        }
        return out;
    }

    private static void shuffle(SplittableRandom rnd, int[] a, int[] b) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    private static double seasonal(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        boolean christmas = (monday.getMonth() == Month.DECEMBER && sunday.getDayOfMonth() >= 25 && monday.getDayOfMonth() >= 19)
                || (sunday.getMonth() == Month.JANUARY && sunday.getDayOfMonth() <= 7 && monday.getMonth() == Month.DECEMBER);
        return christmas ? 0.6 : 1.0;
    }

    static int poisson(SplittableRandom rnd, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double limit = Math.exp(-lambda);
            int k = 0;
            double p = 1;
            do {
                k++;
                p *= rnd.nextDouble();
            } while (p > limit);
            return k - 1;
        }
        return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
    }

    private static int geometric(SplittableRandom rnd, double mean) {
        double p = 1 / (mean + 1);
        return (int) Math.floor(Math.log(1 - rnd.nextDouble()) / Math.log(1 - p));
    }

    static int pick(SplittableRandom rnd, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = rnd.nextDouble() * sum;
        for (int k = 0; k < weights.length - 1; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    /** A stream seed from the spec's seed and a PDU index (SplitMix64 finaliser, so nearby seeds differ). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String caseId(long n) {
        return "C" + pad(n, 7);
    }

    /** CRN-like: a letter and six digits. */
    static String personId(long n) {
        char letter = (char) ('A' + (int) ((n / 1_000_000) % 26));
        return letter + pad(n % 1_000_000, 6) + (n >= 26_000_000 ? "-" + n / 26_000_000 : "");
    }

    static String practitionerId(int n) {
        return "PR" + pad(n, 5);
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
