package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * A caseload sorted once by start date then case_id, so that any start-date window is a slice found
 * by binary search, and the order of the input rows never matters. Build it once and sample every
 * PDU of a fieldwork plan from it.
 */
public final class IndexedCaseload {

    private final Caseload caseload;
    private final List<CaseRecord> byStartDate;
    private final long[] startDays;
    private final Set<String> pdus;

    private IndexedCaseload(Caseload caseload) {
        this.caseload = caseload;
        List<CaseRecord> sorted = new ArrayList<>(caseload.cases());
        sorted.sort(Comparator.comparing(CaseRecord::startDate).thenComparing(CaseRecord::caseId));
        this.byStartDate = sorted;
        this.startDays = new long[sorted.size()];
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            startDays[i] = sorted.get(i).startDate().toEpochDay();
            names.add(sorted.get(i).pdu());
        }
        this.pdus = names;
    }

    public static IndexedCaseload of(Caseload caseload) {
        return new IndexedCaseload(caseload);
    }

    public Caseload caseload() {
        return caseload;
    }

    public int rows() {
        return byStartDate.size();
    }

    /** The PDU names present, sorted. */
    public Set<String> pdus() {
        return pdus;
    }

    /** Cases starting in [from, to] (both inclusive), in start-date then case_id order. */
    public List<CaseRecord> startingBetween(LocalDate from, LocalDate to) {
        int lo = firstIndexAtOrAfter(from.toEpochDay());
        int hi = firstIndexAtOrAfter(to.toEpochDay() + 1);
        return byStartDate.subList(lo, hi);
    }

    private int firstIndexAtOrAfter(long day) {
        int lo = 0;
        int hi = startDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
