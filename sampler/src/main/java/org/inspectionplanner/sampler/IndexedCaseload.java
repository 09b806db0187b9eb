package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * A caseload indexed once by start date, so that any start-date window is a slice found by binary
 * search. Build it once and sample every PDU of a fieldwork plan from it.
 */
public final class IndexedCaseload {

    private final Caseload caseload;
    private final List<CaseRecord> cases;
    /** Start day (epoch day, high 32 bits) and row index (low 32 bits), sorted: a primitive sort, no boxing. */
    private final long[] byStart;
    private final Set<String> pdus;

    private IndexedCaseload(Caseload caseload) {
        this.caseload = caseload;
        this.cases = caseload.cases();
        this.byStart = new long[cases.size()];
        Set<String> names = new HashSet<>();
        for (int i = 0; i < byStart.length; i++) {
            CaseRecord c = cases.get(i);
            byStart[i] = (c.startDate().toEpochDay() << 32) | i;
            names.add(c.pdu());
        }
        Arrays.sort(byStart);
        this.pdus = Collections.unmodifiableSet(new TreeSet<>(names));
    }

    public static IndexedCaseload of(Caseload caseload) {
        return new IndexedCaseload(caseload);
    }

    public Caseload caseload() {
        return caseload;
    }

    public int rows() {
        return cases.size();
    }

    /** The PDU names present, sorted. */
    public Set<String> pdus() {
        return pdus;
    }

    /** The earliest start date of the caseload, or null when it has no cases. */
    public LocalDate firstStart() {
        return byStart.length == 0 ? null : LocalDate.ofEpochDay(byStart[0] >> 32);
    }

    /** The latest start date of the caseload, or null when it has no cases. */
    public LocalDate lastStart() {
        return byStart.length == 0 ? null : LocalDate.ofEpochDay(byStart[byStart.length - 1] >> 32);
    }

    /** Cases starting in [from, to] (both inclusive), in no particular order (callers sort what they need). */
    public List<CaseRecord> startingBetween(LocalDate from, LocalDate to) {
        int lo = firstIndexAtOrAfter(from.toEpochDay());
        int hi = firstIndexAtOrAfter(to.toEpochDay() + 1);
        List<CaseRecord> out = new ArrayList<>(hi - lo);
        for (int i = lo; i < hi; i++) {
            out.add(cases.get((int) (byStart[i] & 0xFFFFFFFFL)));
        }
        return out;
    }

    private int firstIndexAtOrAfter(long day) {
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((byStart[mid] >> 32) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
