package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * A caseload indexed once by start date, in all and per PDU, so that any start-date window is a slice
 * found by binary search. Build it once and sample every PDU of a fieldwork plan from it: each PDU's
 * sample then touches its own cases, not the whole window of every PDU.
 */
public final class IndexedCaseload {

    private final Caseload caseload;
    private final List<CaseRecord> cases;
    /** Start day (epoch day, high 32 bits) and row index (low 32 bits), sorted: a primitive sort, no boxing. */
    private final long[] byStart;
    /** The same, one array per PDU. */
    private final Map<String, long[]> byStartInPdu;
    /** Each row's person id hash: a window's people are matched without loading every case. */
    private final int[] personHash;
    /** What the whole file held: the cases here, or more when only part is held (see {@link CaseWindows}). */
    private final Whole whole;

    /** Start day (high 32 bits) and index (low) of the cases not held ({@link Whole#others}), sorted. */
    private final long[] othersByStart;

    /**
     * The rows, PDUs and first and last start dates of a whole caseload file, and the person and start day
     * (epoch day) of each case not held that still counts towards a person's sentences in a window.
     */
    record Whole(int rows, Set<String> pdus, LocalDate firstStart, LocalDate lastStart, PersonStarts others) {
    }

    private IndexedCaseload(Caseload caseload, Whole given) {
        this.caseload = caseload;
        this.cases = caseload.cases();
        this.byStart = new long[cases.size()];
        this.personHash = new int[cases.size()];
        Map<String, int[]> perPdu = new HashMap<>(); // counters, not boxed sums: an object per row otherwise
        for (int i = 0; i < byStart.length; i++) {
            CaseRecord c = cases.get(i);
            byStart[i] = (c.startDate().toEpochDay() << 32) | i;
            personHash[i] = c.personId().hashCode();
            perPdu.computeIfAbsent(c.pdu(), k -> new int[1])[0]++;
        }
        Arrays.sort(byStart);
        Map<String, long[]> inPdu = new HashMap<>();
        Map<String, int[]> filled = new HashMap<>();
        perPdu.forEach((pdu, n) -> {
            inPdu.put(pdu, new long[n[0]]);
            filled.put(pdu, new int[1]);
        });
        for (long key : byStart) { // already in start order, so each PDU's array is sorted too
            String pdu = cases.get((int) (key & 0xFFFFFFFFL)).pdu();
            inPdu.get(pdu)[filled.get(pdu)[0]++] = key;
        }
        this.byStartInPdu = inPdu;
        this.whole = given != null ? given : new Whole(cases.size(), new TreeSet<>(perPdu.keySet()),
                byStart.length == 0 ? null : LocalDate.ofEpochDay(byStart[0] >> 32),
                byStart.length == 0 ? null : LocalDate.ofEpochDay(byStart[byStart.length - 1] >> 32),
                new PersonStarts());
        int others = whole.others().size();
        this.othersByStart = new long[others];
        for (int i = 0; i < others; i++) {
            othersByStart[i] = ((long) whole.others().day(i) << 32) | i;
        }
        Arrays.sort(othersByStart);
    }

    public static IndexedCaseload of(Caseload caseload) {
        return new IndexedCaseload(caseload, null);
    }

    /** Part of a caseload file, kept by a filter that saw the whole file ({@link CaseWindows}). */
    static IndexedCaseload of(Caseload kept, Whole whole) {
        return new IndexedCaseload(kept, whole);
    }

    public Caseload caseload() {
        return caseload;
    }

    public int rows() {
        return whole.rows();
    }

    /** The PDU names present, sorted. */
    public Set<String> pdus() {
        return Collections.unmodifiableSet(whole.pdus());
    }

    /** The earliest start date of the caseload, or null when it has no cases. */
    public LocalDate firstStart() {
        return whole.firstStart();
    }

    /** The latest start date of the caseload, or null when it has no cases. */
    public LocalDate lastStart() {
        return whole.lastStart();
    }

    /** Cases starting in [from, to] (both inclusive), in no particular order (callers sort what they need). */
    public List<CaseRecord> startingBetween(LocalDate from, LocalDate to) {
        return slice(byStart, from, to);
    }

    /** Cases of {@code pdu} starting in [from, to] (both inclusive), in no particular order. */
    public List<CaseRecord> startingBetween(LocalDate from, LocalDate to, String pdu) {
        long[] index = byStartInPdu.get(pdu);
        return index == null ? List.of() : slice(index, from, to);
    }

    /**
     * For each of {@code people}, how many cases of theirs start in [from, to] in any PDU (people with none
     * are left out): the person-level count of a window without loading the window's other cases.
     */
    public Map<String, Integer> casesPerPerson(Set<String> people, LocalDate from, LocalDate to) {
        int[] hashes = people.stream().mapToInt(String::hashCode).sorted().toArray();
        Map<String, Integer> counts = new HashMap<>();
        int hi = firstIndexAtOrAfter(byStart, to.toEpochDay() + 1);
        for (int i = firstIndexAtOrAfter(byStart, from.toEpochDay()); i < hi; i++) {
            int row = (int) (byStart[i] & 0xFFFFFFFFL);
            if (Arrays.binarySearch(hashes, personHash[row]) >= 0) {
                count(cases.get(row).personId(), people, counts);
            }
        }
        hi = firstIndexAtOrAfter(othersByStart, to.toEpochDay() + 1);
        for (int i = firstIndexAtOrAfter(othersByStart, from.toEpochDay()); i < hi; i++) {
            int other = (int) (othersByStart[i] & 0xFFFFFFFFL);
            if (Arrays.binarySearch(hashes, whole.others().hash(other)) >= 0) {
                count(whole.others().person(other), people, counts);
            }
        }
        return counts;
    }

    private static void count(String person, Set<String> people, Map<String, Integer> counts) {
        if (people.contains(person)) {
            counts.merge(person, 1, Integer::sum);
        }
    }

    private List<CaseRecord> slice(long[] index, LocalDate from, LocalDate to) {
        int lo = firstIndexAtOrAfter(index, from.toEpochDay());
        int hi = firstIndexAtOrAfter(index, to.toEpochDay() + 1);
        List<CaseRecord> out = new ArrayList<>(Math.max(0, hi - lo));
        for (int i = lo; i < hi; i++) {
            out.add(cases.get((int) (index[i] & 0xFFFFFFFFL)));
        }
        return out;
    }

    private static int firstIndexAtOrAfter(long[] index, long day) {
        int lo = 0;
        int hi = index.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((index[mid] >> 32) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
