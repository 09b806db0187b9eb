package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.Sampler.Draw;
import org.inspectionplanner.sampler.report.SampleReport;

/** One sampling run: the method's selection, then reserves, sub-samples and the report. */
final class Run {

    private static final String UNALLOCATED = "";

    private final IndexedCaseload caseload;
    private final String inputFile;
    private final String inputSha256;
    private final SampleRequest req;
    private final SamplingMethod method;
    private final LocalDate fieldworkStart;
    private final long seed;
    private final Function<CaseRecord, String> stratumOf;
    private final Map<Quota, Integer> minimum = new EnumMap<>(Quota.class);
    private final List<String> warnings = new ArrayList<>();

    private LocalDate from;
    private LocalDate to;
    private int firstWeek;
    private int lastWeek;
    private Integer target;
    private String sizeRule;
    private final Map<CaseRecord, Integer> rank = new IdentityHashMap<>();
    private List<CaseRecord> eligibleByRank = List.of();
    private final List<SampleReport.CandidateWeek> candidateWeeks = new ArrayList<>();
    private final List<SampleReport.CandidatePair> candidatePairs = new ArrayList<>();
    private final List<Integer> chosenWeeks = new ArrayList<>();
    private Draw draw;

    Run(IndexedCaseload caseload, String inputFile, String inputSha256, SampleRequest req) {
        this.caseload = caseload;
        this.inputFile = inputFile;
        this.inputSha256 = inputSha256;
        this.req = req;
        this.method = req.method();
        this.fieldworkStart = req.fieldworkStart();
        this.seed = req.seed();
        this.stratumOf = Sampler.strata(method);
        minimum.put(Quota.FEMALE, orDefault(req.minFemale(), Quota.FEMALE));
        minimum.put(Quota.ETHNIC_MINORITY, orDefault(req.minEthnicMinority(), Quota.ETHNIC_MINORITY));
        minimum.put(Quota.HIGH_ROSH, orDefault(req.minHighRosh(), Quota.HIGH_ROSH));
    }

    private int orDefault(Integer given, Quota q) {
        return given != null ? given : method.defaultMinimum(q);
    }

    SampleResult execute() {
        resolveWindow();
        List<CaseRecord> windowAll = caseload.startingBetween(from, to);
        if (method == SamplingMethod.ROSH_THEMATIC) {
            // the thematic took cases still under supervision when fieldwork began
            List<CaseRecord> active = new ArrayList<>();
            for (CaseRecord c : windowAll) {
                if (c.terminationDate() == null || !c.terminationDate().isBefore(fieldworkStart)) {
                    active.add(c);
                }
            }
            windowAll = active;
        }
        Map<CaseRecord, EnumSet<ExclusionReason>> reasons =
                Eligibility.reasons(method, fieldworkStart, windowAll, req.pdu());
        List<CaseRecord> inWindow = new ArrayList<>(reasons.keySet());
        inWindow.sort(Sampler.byCaseId());
        List<CaseRecord> eligible = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        Map<String, Integer> excludedCounts = new LinkedHashMap<>();
        for (ExclusionReason r : ExclusionReason.values()) {
            excludedCounts.put(r.name(), 0);
        }
        for (CaseRecord c : inWindow) {
            EnumSet<ExclusionReason> r = reasons.get(c);
            if (r.isEmpty()) {
                eligible.add(c);
            } else {
                exclusions.add(new Exclusion(c.caseId(), c.personId(), new ArrayList<>(r)));
                r.forEach(reason -> excludedCounts.merge(reason.name(), 1, Integer::sum));
            }
        }
        // the seeded random order every later step draws from; sorting first makes row order irrelevant
        List<CaseRecord> ranked = new ArrayList<>(eligible);
        Sampler.shuffle(ranked, random("rank"));
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i);
        }
        eligibleByRank = ranked;
        resolveTarget(eligible.size());

        draw = new Draw(method.practitionerCapApplies() ? maxPerPractitioner() : null);
        switch (method) {
            case PDU_COHORT -> cohort();
            case QUALITY_IMPACT, OMI2 -> stratifiedDraw();
            case ROSH_THEMATIC -> everyCase();
            case STRATIFIED_SHORTLIST -> shortlist();
        }
        if (eligible.isEmpty()) {
            warnings.add("no eligible cases in the window " + from + " to " + to);
        }
        if (target != null && draw.size() < target) {
            warnings.add("the sample has " + draw.size() + " cases, fewer than the target of " + target
                    + (method == SamplingMethod.PDU_COHORT && !req.topUp() ? " (--top-up fills it from the window)"
                    : " (the window has no more eligible cases within the practitioner cap)"));
        }

        List<ReserveCase> reserves = reserves();
        Map<CaseRecord, List<String>> subSampleOf = new HashMap<>();
        Map<String, SampleReport.SubSampleSummary> subSamples = subSamples(subSampleOf);
        return assemble(eligible, inWindow.size(), exclusions, excludedCounts, reserves, subSampleOf, subSamples);
    }

    private int maxPerPractitioner() {
        return req.maxPerPractitioner() != null ? req.maxPerPractitioner()
                : SamplingMethod.DEFAULT_MAX_PER_PRACTITIONER;
    }

    private void resolveWindow() {
        if (req.from() != null) {
            from = req.from();
            to = req.to();
            if (method.hasCandidateWeeks()) {
                if (!to.isBefore(fieldworkStart)) {
                    throw new IllegalArgumentException("--to " + to + " must be before the fieldwork start "
                            + fieldworkStart + " for " + method.cliName());
                }
                firstWeek = CohortWeeks.weekBefore(fieldworkStart, to);
                lastWeek = CohortWeeks.weekBefore(fieldworkStart, from);
            }
        } else if (method.hasCandidateWeeks()) {
            firstWeek = method.firstWeek();
            lastWeek = method.lastWeek();
            from = CohortWeeks.weekStart(fieldworkStart, lastWeek);
            to = CohortWeeks.weekEnd(fieldworkStart, firstWeek);
        } else if (method == SamplingMethod.ROSH_THEMATIC) {
            from = CohortWeeks.weekStart(fieldworkStart, SamplingMethod.ROSH_THEMATIC_WEEKS);
            to = fieldworkStart.minusDays(1);
        } else {
            throw new IllegalArgumentException(method.cliName() + " needs --from and --to");
        }
    }

    private void resolveTarget(int eligibleCount) {
        if (req.targetSize() != null) {
            target = req.targetSize();
            sizeRule = "target_size";
        } else if (req.confidence() != null) {
            target = Precision.sampleSize(req.confidence(), req.margin(), eligibleCount);
            sizeRule = "confidence_margin";
        } else if (method == SamplingMethod.QUALITY_IMPACT || method == SamplingMethod.OMI2
                || method == SamplingMethod.STRATIFIED_SHORTLIST) {
            target = Precision.sampleSize(SamplingMethod.DEFAULT_CONFIDENCE, SamplingMethod.DEFAULT_MARGIN,
                    eligibleCount);
            sizeRule = "default_confidence_margin";
        } else {
            target = null;
            sizeRule = "every_eligible_case";
        }
    }

    /**
     * The seeded stream for one purpose, distinct per PDU: with one seed for a whole fieldwork plan,
     * PDUs whose candidate pairs tie still get independent draws.
     */
    private RandomGenerator random(String purpose) {
        return Sampler.stream(seed, req.pdu() == null ? purpose : purpose + "|" + req.pdu());
    }

    private int week(CaseRecord c) {
        return CohortWeeks.weekBefore(fieldworkStart, c.startDate());
    }

    private int quotaFlags(CaseRecord c) {
        int n = 0;
        for (Quota q : Quota.values()) {
            if (minimum.get(q) > 0 && q.counts(c)) {
                n++;
            }
        }
        return n;
    }

    private Comparator<CaseRecord> byRank() {
        return Comparator.comparingInt(rank::get);
    }

    // ---------------------------------------------------------------- pdu-cohort

    private void cohort() {
        Map<Integer, List<CaseRecord>> byWeek = new TreeMap<>();
        for (int k = firstWeek; k <= lastWeek; k++) {
            byWeek.put(k, new ArrayList<>());
        }
        for (CaseRecord c : eligibleByRank) {
            byWeek.get(week(c)).add(c);
        }
        Map<Integer, int[]> quotaCounts = new HashMap<>();
        for (var e : byWeek.entrySet()) {
            int[] counts = new int[Quota.values().length];
            for (CaseRecord c : e.getValue()) {
                for (Quota q : Quota.values()) {
                    counts[q.ordinal()] += q.counts(c) ? 1 : 0;
                }
            }
            quotaCounts.put(e.getKey(), counts);
        }
        record Pair(int a, int b, int eligible, int shortfall, Integer distance, long tieBreak) {
        }
        RandomGenerator tie = random("pairs");
        List<Pair> pairs = new ArrayList<>();
        for (int a = firstWeek; a <= lastWeek; a++) {
            for (int b = a + 1; b <= lastWeek; b++) {
                if (b - a == 1 && !req.allowAdjacentWeeks()) {
                    continue;
                }
                int eligible = byWeek.get(a).size() + byWeek.get(b).size();
                int shortfall = 0;
                for (Quota q : Quota.values()) {
                    int have = quotaCounts.get(a)[q.ordinal()] + quotaCounts.get(b)[q.ordinal()];
                    shortfall += Math.max(0, minimum.get(q) - have);
                }
                Integer distance = target == null ? null : Math.abs(eligible - target);
                pairs.add(new Pair(a, b, eligible, shortfall, distance, tie.nextLong()));
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no pair of candidate weeks " + firstWeek + ".." + lastWeek
                    + " is allowed" + (req.allowAdjacentWeeks() ? "" : " without --allow-adjacent-weeks"));
        }
        Pair chosen = pairs.stream()
                .min(Comparator.comparingInt(Pair::shortfall)
                        .thenComparingInt(p -> p.distance() == null ? 0 : p.distance())
                        .thenComparingLong(Pair::tieBreak))
                .orElseThrow();
        for (var e : byWeek.entrySet()) {
            int[] counts = quotaCounts.get(e.getKey());
            candidateWeeks.add(new SampleReport.CandidateWeek(e.getKey(),
                    CohortWeeks.weekStart(fieldworkStart, e.getKey()).toString(), e.getValue().size(),
                    counts[Quota.FEMALE.ordinal()], counts[Quota.ETHNIC_MINORITY.ordinal()],
                    counts[Quota.HIGH_ROSH.ordinal()]));
        }
        for (Pair p : pairs) {
            candidatePairs.add(new SampleReport.CandidatePair(List.of(p.a(), p.b()), p.eligible(), p.shortfall(),
                    p.distance(), p == chosen));
        }
        chosenWeeks.add(chosen.a());
        chosenWeeks.add(chosen.b());

        List<CaseRecord> cohort = new ArrayList<>(byWeek.get(chosen.a()));
        cohort.addAll(byWeek.get(chosen.b()));
        cohort.sort(byRank());
        // the cap first: a practitioner keeps the cases that serve quotas, then the earliest-ranked
        Map<String, List<CaseRecord>> byPractitioner = new TreeMap<>();
        for (CaseRecord c : cohort) {
            if (c.hasPractitioner()) {
                byPractitioner.computeIfAbsent(c.practitionerId(), p -> new ArrayList<>()).add(c);
            }
        }
        Set<CaseRecord> overCap = new HashSet<>();
        for (List<CaseRecord> cases : byPractitioner.values()) {
            if (cases.size() > draw.cap) {
                List<CaseRecord> order = new ArrayList<>(cases);
                order.sort(Comparator.comparingInt((CaseRecord c) -> -quotaFlags(c)).thenComparing(byRank()));
                overCap.addAll(order.subList(draw.cap, order.size()));
            }
        }
        for (CaseRecord c : cohort) {
            if (overCap.contains(c)) {
                draw.moved.add(c);
            } else {
                draw.add(c, Selection.COHORT);
            }
        }
        if (target != null && draw.size() > target) {
            reduceToTarget();
        }
        List<CaseRecord> otherWeeks = new ArrayList<>();
        for (CaseRecord c : eligibleByRank) {
            int k = week(c);
            if (k != chosen.a() && k != chosen.b()) {
                otherWeeks.add(c);
            }
        }
        // nearest candidate week to the chosen pair first, then the random rank
        otherWeeks.sort(Comparator.comparingInt((CaseRecord c) ->
                Math.min(Math.abs(week(c) - chosen.a()), Math.abs(week(c) - chosen.b()))).thenComparing(byRank()));
        boost(otherWeeks);
        if (req.topUp() && target != null && draw.size() < target) {
            topUp(otherWeeks);
        }
    }

    /**
     * Keeps {@code target} cases of the current sample: first the cases the quotas need (those filling
     * several short quotas first, from practitioners with fewest kept cases), then a proportional share
     * of each stratum, again spreading over practitioners. The rest move to the reserves.
     */
    private void reduceToTarget() {
        List<CaseRecord> current = new ArrayList<>(draw.selected.keySet());
        current.sort(byRank());
        Set<CaseRecord> keep = new LinkedHashSet<>();
        Map<String, Integer> load = new HashMap<>();
        Map<Quota, Integer> need = new EnumMap<>(Quota.class);
        Map<Quota, Integer> kept = new EnumMap<>(Quota.class);
        for (Quota q : Quota.values()) {
            int available = 0;
            for (CaseRecord c : current) {
                available += q.counts(c) ? 1 : 0;
            }
            need.put(q, Math.min(minimum.get(q), available));
            kept.put(q, 0);
        }
        while (true) {
            CaseRecord best = null;
            int bestCovers = 0;
            int bestLoad = 0;
            for (CaseRecord c : current) {
                if (keep.contains(c)) {
                    continue;
                }
                int covers = 0;
                for (Quota q : Quota.values()) {
                    if (kept.get(q) < need.get(q) && q.counts(c)) {
                        covers++;
                    }
                }
                int l = practitionerLoad(load, c);
                if (covers > bestCovers || (covers > 0 && covers == bestCovers && l < bestLoad)) {
                    best = c;
                    bestCovers = covers;
                    bestLoad = l;
                }
            }
            if (best == null) {
                break;
            }
            keepCase(keep, load, kept, best);
        }
        if (keep.size() > target) {
            warnings.add("keeping the quotas needs " + keep.size() + " cases, more than the target of " + target);
        }
        int slots = target - keep.size();
        if (slots > 0) {
            Map<String, List<CaseRecord>> byStratum = groupByStratum(current);
            List<String> names = new ArrayList<>(byStratum.keySet());
            double[] weights = new double[names.size()];
            int[] capacity = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                List<CaseRecord> s = byStratum.get(names.get(i));
                long keptHere = s.stream().filter(keep::contains).count();
                double desired = (double) target * s.size() / current.size();
                weights[i] = Math.max(0, desired - keptHere);
                capacity[i] = (int) (s.size() - keptHere);
            }
            int[] alloc = Allocation.largestRemainder(slots, weights, capacity);
            for (int i = 0; i < names.size(); i++) {
                List<CaseRecord> candidates = new ArrayList<>();
                for (CaseRecord c : byStratum.get(names.get(i))) {
                    if (!keep.contains(c)) {
                        candidates.add(c);
                    }
                }
                int taken = 0;
                for (CaseRecord c : spreadOrder(candidates, load)) {
                    if (taken == alloc[i]) {
                        break;
                    }
                    keepCase(keep, load, kept, c);
                    taken++;
                }
            }
        }
        for (CaseRecord c : current) {
            if (!keep.contains(c)) {
                draw.moveToReserves(c);
            }
        }
    }

    private static int practitionerLoad(Map<String, Integer> load, CaseRecord c) {
        return load.getOrDefault(c.hasPractitioner() ? c.practitionerId() : UNALLOCATED, 0);
    }

    private static void keepCase(Set<CaseRecord> keep, Map<String, Integer> load, Map<Quota, Integer> kept,
            CaseRecord c) {
        keep.add(c);
        load.merge(c.hasPractitioner() ? c.practitionerId() : UNALLOCATED, 1, Integer::sum);
        for (Quota q : Quota.values()) {
            if (q.counts(c)) {
                kept.merge(q, 1, Integer::sum);
            }
        }
    }

    /**
     * Candidates (in rank order) reordered so that each practitioner's first case comes before anyone's
     * second: the order that reaches the most distinct practitioners. Unallocated cases queue together.
     */
    private static List<CaseRecord> spreadOrder(List<CaseRecord> candidatesByRank, Map<String, Integer> load) {
        Map<String, Integer> position = new HashMap<>();
        List<CaseRecord> order = new ArrayList<>(candidatesByRank);
        Map<CaseRecord, Integer> key = new HashMap<>();
        Map<CaseRecord, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            CaseRecord c = order.get(i);
            String p = c.hasPractitioner() ? c.practitionerId() : UNALLOCATED;
            int pos = position.merge(p, 1, Integer::sum) - 1;
            key.put(c, load.getOrDefault(p, 0) + pos);
            index.put(c, i);
        }
        order.sort(Comparator.comparingInt((CaseRecord c) -> key.get(c)).thenComparingInt(index::get));
        return order;
    }

    /** Boosts short quotas from {@code pool} (in preference order), as long as the pool can supply them. */
    private void boost(List<CaseRecord> pool) {
        Map<Quota, Integer> have = new EnumMap<>(Quota.class);
        for (Quota q : Quota.values()) {
            have.put(q, draw.count(q));
        }
        while (true) {
            CaseRecord best = null;
            int bestCovers = 0;
            for (CaseRecord c : pool) {
                if (draw.contains(c) || draw.moved.contains(c) || !draw.fits(c)) {
                    continue;
                }
                int covers = 0;
                for (Quota q : Quota.values()) {
                    if (have.get(q) < minimum.get(q) && q.counts(c)) {
                        covers++;
                    }
                }
                if (covers > bestCovers) {
                    best = c;
                    bestCovers = covers;
                }
            }
            if (best == null) {
                return;
            }
            for (Quota q : Quota.values()) {
                if (have.get(q) < minimum.get(q) && q.counts(best)) {
                    draw.add(best, q.boostMark());
                }
            }
            for (Quota q : Quota.values()) {
                if (q.counts(best)) {
                    have.merge(q, 1, Integer::sum);
                }
            }
        }
    }

    /** Fills a cohort below the target from the other weeks, stratum by stratum in proportion to the window. */
    private void topUp(List<CaseRecord> pool) {
        int need = target - draw.size();
        Map<String, List<CaseRecord>> windowStrata = groupByStratum(eligibleByRank);
        Map<String, List<CaseRecord>> poolStrata = new TreeMap<>();
        for (CaseRecord c : pool) {
            if (!draw.contains(c)) {
                poolStrata.computeIfAbsent(stratumOf.apply(c), s -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> inSample = new HashMap<>();
        draw.selected.keySet().forEach(c -> inSample.merge(stratumOf.apply(c), 1, Integer::sum));
        List<String> names = new ArrayList<>(poolStrata.keySet());
        double[] weights = new double[names.size()];
        int[] capacity = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i);
            double desired = (double) target * windowStrata.getOrDefault(s, List.of()).size() / eligibleByRank.size();
            weights[i] = Math.max(0, desired - inSample.getOrDefault(s, 0));
            capacity[i] = poolStrata.get(s).size();
        }
        int[] alloc = Allocation.largestRemainder(need, weights, capacity);
        for (int i = 0; i < names.size(); i++) {
            int taken = 0;
            for (CaseRecord c : poolStrata.get(names.get(i))) {
                if (taken == alloc[i]) {
                    break;
                }
                if (!draw.contains(c) && draw.fits(c)) {
                    draw.add(c, Selection.TOP_UP);
                    taken++;
                }
            }
        }
        for (CaseRecord c : pool) {
            if (draw.size() >= target) {
                break;
            }
            if (!draw.contains(c) && draw.fits(c)) {
                draw.add(c, Selection.TOP_UP);
            }
        }
    }

    // ---------------------------------------------------------------- quality-impact, omi2

    private void weekCounts() {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int k = firstWeek; k <= lastWeek; k++) {
            counts.put(k, new int[4]);
        }
        for (CaseRecord c : eligibleByRank) {
            int[] n = counts.get(week(c));
            n[0]++;
            n[1] += c.isFemale() ? 1 : 0;
            n[2] += c.isEthnicMinority() ? 1 : 0;
            n[3] += c.isHighRosh() ? 1 : 0;
        }
        counts.forEach((k, n) -> candidateWeeks.add(new SampleReport.CandidateWeek(k,
                CohortWeeks.weekStart(fieldworkStart, k).toString(), n[0], n[1], n[2], n[3])));
    }

    private void stratifiedDraw() {
        weekCounts();
        Map<String, List<CaseRecord>> byStratum = groupByStratum(eligibleByRank);
        List<String> names = new ArrayList<>(byStratum.keySet());
        int[] sizes = names.stream().mapToInt(s -> byStratum.get(s).size()).toArray();
        int[] alloc = Allocation.largestRemainder(target, sizes, sizes, firstRanks(byStratum, names));
        for (int i = 0; i < names.size(); i++) {
            take(byStratum.get(names.get(i)), alloc[i], Selection.STRATIFIED);
        }
        fillFromWholePool(Selection.STRATIFIED);
        boost(remainingPool());
    }

    /** What a stratum could not supply (practitioner cap) comes from the rest of the eligible cases. */
    private void fillFromWholePool(Selection mark) {
        if (draw.size() < target) {
            take(remainingPool(), target - draw.size(), mark);
        }
    }

    private List<CaseRecord> remainingPool() {
        List<CaseRecord> pool = new ArrayList<>();
        for (CaseRecord c : eligibleByRank) {
            if (!draw.contains(c) && !draw.moved.contains(c)) {
                pool.add(c);
            }
        }
        return pool;
    }

    /** Adds up to k of the candidates, spreading over practitioners and keeping within the cap. */
    private void take(List<CaseRecord> candidatesByRank, int k, Selection mark) {
        int taken = 0;
        for (CaseRecord c : spreadOrder(candidatesByRank, draw.perPractitioner)) {
            if (taken >= k) {
                return;
            }
            if (!draw.contains(c) && draw.fits(c)) {
                draw.add(c, mark);
                taken++;
            }
        }
    }

    // ---------------------------------------------------------------- rosh-thematic

    private void everyCase() {
        for (CaseRecord c : eligibleByRank) {
            draw.add(c, Selection.COHORT);
        }
        if (target != null && draw.size() > target) {
            reduceToTarget();
        }
        boost(remainingPool());
    }

    // ---------------------------------------------------------------- stratified-shortlist

    private static final List<String> SHORTLIST_STRATA = List.of("FEMALE", "MALE_COMMUNITY_LOW",
            "MALE_COMMUNITY_NON_LOW", "MALE_POST_CUSTODY_LOW", "MALE_POST_CUSTODY_NON_LOW", "OTHER_OR_UNKNOWN_GENDER");

    private void shortlist() {
        Map<String, List<CaseRecord>> byStratum = groupByStratum(eligibleByRank);
        int[] sizes = SHORTLIST_STRATA.stream().mapToInt(s -> byStratum.getOrDefault(s, List.of()).size()).toArray();
        int[] alloc = Allocation.largestRemainder(target, sizes, sizes);
        for (int i = 0; i < SHORTLIST_STRATA.size(); i++) {
            nestedPick(byStratum.getOrDefault(SHORTLIST_STRATA.get(i), List.of()), alloc[i]);
        }
        fillFromWholePool(Selection.STRATIFIED);
        boost(remainingPool());
    }

    /**
     * Allocates k cases of one stratum over PDUs, then offices, then practitioners, in proportion to
     * their cases and within each practitioner's room under the cap: a practitioner's overflow goes to
     * the others of the same office, an office's to the rest of its PDU.
     */
    private void nestedPick(List<CaseRecord> stratumByRank, int k) {
        Map<String, Map<String, Map<String, List<CaseRecord>>>> tree = new TreeMap<>();
        for (CaseRecord c : stratumByRank) {
            tree.computeIfAbsent(c.pdu(), p -> new TreeMap<>())
                    .computeIfAbsent(c.office(), o -> new TreeMap<>())
                    .computeIfAbsent(c.hasPractitioner() ? c.practitionerId() : UNALLOCATED, p -> new ArrayList<>())
                    .add(c);
        }
        List<String> pdus = new ArrayList<>(tree.keySet());
        int[] pduWeight = new int[pdus.size()];
        int[] pduRoom = new int[pdus.size()];
        int[] pduTie = new int[pdus.size()];
        for (int i = 0; i < pdus.size(); i++) {
            pduTie[i] = Integer.MAX_VALUE;
            for (var office : tree.get(pdus.get(i)).values()) {
                for (var e : office.entrySet()) {
                    pduWeight[i] += e.getValue().size();
                    pduRoom[i] += room(e.getKey(), e.getValue());
                    pduTie[i] = Math.min(pduTie[i], rank.get(e.getValue().get(0)));
                }
            }
        }
        int[] pduAlloc = Allocation.largestRemainder(k, pduWeight, pduRoom, pduTie);
        for (int i = 0; i < pdus.size(); i++) {
            Map<String, Map<String, List<CaseRecord>>> offices = tree.get(pdus.get(i));
            List<String> officeNames = new ArrayList<>(offices.keySet());
            int[] officeWeight = new int[officeNames.size()];
            int[] officeRoom = new int[officeNames.size()];
            int[] officeTie = new int[officeNames.size()];
            for (int j = 0; j < officeNames.size(); j++) {
                officeTie[j] = Integer.MAX_VALUE;
                for (var e : offices.get(officeNames.get(j)).entrySet()) {
                    officeWeight[j] += e.getValue().size();
                    officeRoom[j] += room(e.getKey(), e.getValue());
                    officeTie[j] = Math.min(officeTie[j], rank.get(e.getValue().get(0)));
                }
            }
            int[] officeAlloc = Allocation.largestRemainder(pduAlloc[i], officeWeight, officeRoom, officeTie);
            for (int j = 0; j < officeNames.size(); j++) {
                Map<String, List<CaseRecord>> practitioners = offices.get(officeNames.get(j));
                List<String> ids = new ArrayList<>(practitioners.keySet());
                int[] weight = new int[ids.size()];
                int[] room = new int[ids.size()];
                int[] tie = new int[ids.size()];
                for (int p = 0; p < ids.size(); p++) {
                    weight[p] = practitioners.get(ids.get(p)).size();
                    room[p] = room(ids.get(p), practitioners.get(ids.get(p)));
                    tie[p] = rank.get(practitioners.get(ids.get(p)).get(0));
                }
                int[] alloc = Allocation.largestRemainder(officeAlloc[j], weight, room, tie);
                for (int p = 0; p < ids.size(); p++) {
                    List<CaseRecord> cases = practitioners.get(ids.get(p));
                    for (int n = 0; n < alloc[p]; n++) {
                        draw.add(cases.get(n), Selection.STRATIFIED);
                    }
                }
            }
        }
    }

    private int room(String practitioner, List<CaseRecord> cases) {
        if (UNALLOCATED.equals(practitioner) || draw.cap == null) {
            return cases.size();
        }
        return Math.max(0, Math.min(cases.size(), draw.cap - draw.perPractitioner.getOrDefault(practitioner, 0)));
    }

    // ---------------------------------------------------------------- reserves

    /**
     * Cases moved out by the target or the cap rank first; then further eligible cases of the window,
     * allocated over the sample's strata in proportion, up to the requested number of reserves.
     */
    private List<ReserveCase> reserves() {
        // rosh-thematic takes every eligible case: there is nothing left to hold in reserve by default
        int wanted = req.reserves() != null ? req.reserves()
                : method == SamplingMethod.ROSH_THEMATIC ? 0
                : (int) Math.ceil(SamplingMethod.DEFAULT_RESERVE_SHARE * draw.size() - 1e-9);
        List<CaseRecord> moved = new ArrayList<>(draw.moved);
        moved.sort(byRank());
        List<CaseRecord> further = new ArrayList<>();
        int more = wanted - moved.size();
        if (more > 0) {
            List<CaseRecord> pool = remainingPool();
            Map<String, List<CaseRecord>> poolStrata = groupByStratum(pool);
            Map<String, Integer> sampleStrata = new TreeMap<>();
            draw.selected.keySet().forEach(c -> sampleStrata.merge(stratumOf.apply(c), 1, Integer::sum));
            List<String> names = new ArrayList<>(poolStrata.keySet());
            int[] weight = names.stream().mapToInt(s -> sampleStrata.getOrDefault(s, 0)).toArray();
            int[] room = names.stream().mapToInt(s -> poolStrata.get(s).size()).toArray();
            int[] alloc = Allocation.largestRemainder(more, weight, room, firstRanks(poolStrata, names));
            Set<CaseRecord> chosen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                chosen.addAll(poolStrata.get(names.get(i)).subList(0, alloc[i]));
            }
            for (CaseRecord c : pool) {
                if (chosen.contains(c)) {
                    further.add(c);
                }
            }
        }
        if (further.size() < more) {
            warnings.add("only " + (moved.size() + further.size()) + " reserves available of " + wanted + " wanted");
        }
        reservesResolved = wanted;
        List<ReserveCase> out = new ArrayList<>();
        int r = 1;
        for (CaseRecord c : moved) {
            out.add(reserve(c, r++, true));
        }
        for (CaseRecord c : further) {
            out.add(reserve(c, r++, false));
        }
        return out;
    }

    private int reservesResolved;
    private Map<String, Integer> eligibleInStratum;
    private Map<String, Integer> sampledInStratum;

    private ReserveCase reserve(CaseRecord c, int r, boolean moved) {
        String stratum = stratumOf.apply(c);
        return new ReserveCase(c, r, stratum, cohortWeek(c), stratum, weight(stratum), moved);
    }

    private LocalDate cohortWeek(CaseRecord c) {
        return method.hasCandidateWeeks() ? CohortWeeks.weekStart(fieldworkStart, week(c)) : null;
    }

    private Double weight(String stratum) {
        if (eligibleInStratum == null) {
            eligibleInStratum = new HashMap<>();
            sampledInStratum = new HashMap<>();
            eligibleByRank.forEach(c -> eligibleInStratum.merge(stratumOf.apply(c), 1, Integer::sum));
            draw.selected.keySet().forEach(c -> sampledInStratum.merge(stratumOf.apply(c), 1, Integer::sum));
        }
        Integer sampled = sampledInStratum.get(stratum);
        if (sampled == null || sampled == 0) {
            return null;
        }
        return (double) eligibleInStratum.getOrDefault(stratum, 0) / sampled;
    }

    // ---------------------------------------------------------------- sub-samples

    /**
     * Every sub-sample walks the same seeded order of the sample, office by office in proportion, so a
     * smaller sub-sample sits inside a larger one (prison files within police files, say).
     */
    private Map<String, SampleReport.SubSampleSummary> subSamples(Map<CaseRecord, List<String>> membership) {
        Map<String, SampleReport.SubSampleSummary> out = new LinkedHashMap<>();
        if (req.subSamples().isEmpty()) {
            return out;
        }
        List<CaseRecord> order = new ArrayList<>(draw.selected.keySet());
        order.sort(Sampler.byCaseId());
        Sampler.shuffle(order, random("sub-samples"));
        Map<String, Integer> perOffice = new TreeMap<>();
        order.forEach(c -> perOffice.merge(c.office(), 1, Integer::sum));
        List<String> offices = new ArrayList<>(perOffice.keySet());
        int[] sizes = offices.stream().mapToInt(perOffice::get).toArray();
        for (var e : req.subSamples().entrySet()) {
            int k = Math.min(e.getValue(), order.size());
            if (e.getValue() > order.size()) {
                warnings.add("sub-sample " + e.getKey() + " asks for " + e.getValue() + " cases; the sample has "
                        + order.size());
            }
            int[] alloc = Allocation.largestRemainder(k, sizes, sizes);
            Map<String, Integer> quota = new HashMap<>();
            for (int i = 0; i < offices.size(); i++) {
                quota.put(offices.get(i), alloc[i]);
            }
            Map<String, Integer> byOffice = new TreeMap<>();
            for (CaseRecord c : order) {
                int left = quota.get(c.office());
                if (left > 0) {
                    quota.put(c.office(), left - 1);
                    membership.computeIfAbsent(c, x -> new ArrayList<>()).add(e.getKey());
                    byOffice.merge(c.office(), 1, Integer::sum);
                }
            }
            out.put(e.getKey(), new SampleReport.SubSampleSummary(e.getValue(), k, byOffice));
        }
        return out;
    }

    // ---------------------------------------------------------------- result and report

    /** Each group's best rank: the seeded tie order for largest-remainder rounding. */
    private int[] firstRanks(Map<String, List<CaseRecord>> groups, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            out[i] = groups.get(names.get(i)).stream().mapToInt(rank::get).min().orElse(Integer.MAX_VALUE);
        }
        return out;
    }

    private Map<String, List<CaseRecord>> groupByStratum(List<CaseRecord> cases) {
        Map<String, List<CaseRecord>> out = new TreeMap<>();
        for (CaseRecord c : cases) {
            out.computeIfAbsent(stratumOf.apply(c), s -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private SampleResult assemble(List<CaseRecord> eligible, int inWindow, List<Exclusion> exclusions,
            Map<String, Integer> excludedCounts, List<ReserveCase> reserves,
            Map<CaseRecord, List<String>> subSampleOf, Map<String, SampleReport.SubSampleSummary> subSamples) {
        List<CaseRecord> selected = new ArrayList<>(draw.selected.keySet());
        selected.sort(Sampler.byCaseId());
        List<SampledCase> sample = new ArrayList<>();
        int boosted = 0;
        for (CaseRecord c : selected) {
            EnumSet<Selection> marks = draw.selected.get(c);
            if (marks.contains(Selection.BOOST_FEMALE) || marks.contains(Selection.BOOST_ETHNIC_MINORITY)
                    || marks.contains(Selection.BOOST_HIGH_ROSH)) {
                boosted++;
            }
            String stratum = stratumOf.apply(c);
            sample.add(new SampledCase(c, marks, cohortWeek(c), stratum, weight(stratum),
                    subSampleOf.getOrDefault(c, List.of())));
        }

        List<SampleReport.QuotaResult> quotas = new ArrayList<>();
        for (Quota q : Quota.values()) {
            int min = minimum.get(q);
            int achieved = draw.count(q);
            int available = (int) eligible.stream().filter(q::counts).count();
            String reason = null;
            if (achieved < min) {
                reason = available < min
                        ? "the window has only " + available + " eligible " + q.name() + " cases"
                        : "the practitioner cap of " + draw.cap + " per practitioner leaves only " + achieved
                                + " of the " + available + " eligible " + q.name() + " cases usable";
                warnings.add("quota " + q.name() + " unmet: " + achieved + " of minimum " + min + " (" + reason + ")");
            }
            quotas.add(new SampleReport.QuotaResult(q.name(), min, achieved, achieved >= min, available, reason));
        }

        Map<String, Integer> establishmentCounts = new HashMap<>();
        for (CaseRecord c : selected) {
            if (c.releasedFrom() != null && !c.releasedFrom().isBlank()) {
                establishmentCounts.merge(c.releasedFrom(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(establishmentCounts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<SampleReport.Establishment> establishments = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            establishments.add(new SampleReport.Establishment(i + 1, ranked.get(i).getKey(), ranked.get(i).getValue()));
        }

        SampleReport report = new SampleReport(
                method.cliName(),
                parameters(),
                seed,
                Sampler.RNG,
                new SampleReport.Input(inputFile, inputSha256, caseload.rows()),
                fieldworkStart.toString(),
                new SampleReport.Window(from.toString(), to.toString()),
                candidateWeeks,
                candidatePairs,
                chosenWeeks,
                new SampleReport.Counts(caseload.rows(), inWindow, eligible.size(), excludedCounts, sample.size(),
                        boosted, reserves.size()),
                quotas,
                Composition.of(eligible, selected),
                practitioners(eligible, selected),
                precision(sample.size(), eligible.size()),
                subSamples,
                establishments,
                List.copyOf(warnings));
        return new SampleResult(sample, reserves, exclusions, report, caseload.caseload().extraColumns());
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", method.cliName());
        p.put("fieldwork_start", fieldworkStart.toString());
        p.put("pdu", req.pdu());
        p.put("seed", seed);
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.put("first_candidate_week", method.hasCandidateWeeks() ? firstWeek : null);
        p.put("last_candidate_week", method.hasCandidateWeeks() ? lastWeek : null);
        p.put("allow_adjacent_weeks", req.allowAdjacentWeeks());
        p.put("target_size", target);
        p.put("size_rule", sizeRule);
        p.put("confidence", req.confidence() != null ? req.confidence()
                : "default_confidence_margin".equals(sizeRule) ? SamplingMethod.DEFAULT_CONFIDENCE : null);
        p.put("margin", req.margin() != null ? req.margin()
                : "default_confidence_margin".equals(sizeRule) ? SamplingMethod.DEFAULT_MARGIN : null);
        p.put("top_up", req.topUp());
        p.put("min_female", minimum.get(Quota.FEMALE));
        p.put("min_ethnic_minority", minimum.get(Quota.ETHNIC_MINORITY));
        p.put("min_high_rosh", minimum.get(Quota.HIGH_ROSH));
        p.put("max_per_practitioner", draw.cap);
        p.put("reserves", reservesResolved);
        p.put("minimum_delivery_days", method.minimumDeliveryDays() > 0 ? method.minimumDeliveryDays() : null);
        p.put("sub_samples", new LinkedHashMap<>(req.subSamples()));
        return p;
    }

    private static SampleReport.Practitioners practitioners(List<CaseRecord> eligible, List<CaseRecord> selected) {
        Set<String> eligibleDistinct = new HashSet<>();
        eligible.stream().filter(CaseRecord::hasPractitioner).forEach(c -> eligibleDistinct.add(c.practitionerId()));
        Map<String, Integer> perPractitioner = new HashMap<>();
        selected.stream().filter(CaseRecord::hasPractitioner)
                .forEach(c -> perPractitioner.merge(c.practitionerId(), 1, Integer::sum));
        int max = perPractitioner.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new SampleReport.Practitioners(eligibleDistinct.size(), perPractitioner.size(), max);
    }

    /** Margins at 80% and 95%, and where a result can be told apart from each rating threshold. */
    static SampleReport.PrecisionSummary precision(int n, int population) {
        double m80 = round4(Precision.margin(0.80, n, population));
        double m95 = round4(Precision.margin(0.95, n, population));
        // bands: inadequate < 50% <= requires improvement < 65% <= good < 80% <= outstanding
        double[] thresholds = {0.50, 0.65, 0.80};
        String[] between = {"inadequate|requires improvement", "requires improvement|good", "good|outstanding"};
        List<SampleReport.BandBoundary> bands = new ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
            double t = thresholds[i];
            // a result in the middle of the narrower neighbouring band (15 points wide) must clear t by 7.5 points
            boolean distinguishable = m95 <= 0.075;
            bands.add(new SampleReport.BandBoundary(t, between[i], round4(Math.max(0, t - m95)),
                    round4(Math.min(1, t + m95)), distinguishable));
        }
        return new SampleReport.PrecisionSummary(n, population, m80, m95, bands);
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
