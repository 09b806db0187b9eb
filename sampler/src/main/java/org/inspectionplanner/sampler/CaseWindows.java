package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The start dates some runs screen, as a filter for the caseload reader: a run's population is the cases
 * starting in its window (the shortlist's, every start from its window on), so the runs of a fieldwork
 * plan need only those cases in memory, not the whole extract. Holding less is what makes a large file
 * cheap to sample: every case held is copied by the collector as it ages.
 *
 * <p>When every run samples one PDU from its window (a fieldwork plan), a case is held whole only if it
 * starts in a window of its own PDU's runs. A case of another PDU starting in some run's window counts
 * towards its person's sentences there (MULTIPLE_SENTENCES counts every PDU), so its person and start
 * date are kept, not the case. While it filters it counts what the whole file held (rows, PDUs, first
 * and last start), which the report and the window check state.
 */
final class CaseWindows implements Predicate<CaseRecord> {

    /** Merged windows as epoch days, inclusive, in order; null: keep every case. */
    private final long[][] windows;
    /** Per PDU, the merged windows of its own runs; null when some run screens more than one PDU. */
    private final Map<String, long[][]> ownWindows;
    private final PersonStarts others = new PersonStarts();
    private int rows;
    private final TreeSet<String> pdus = new TreeSet<>();
    private String lastPdu;
    private long firstStart = Long.MAX_VALUE;
    private long lastStart = Long.MIN_VALUE;

    private CaseWindows(long[][] windows, Map<String, long[][]> ownWindows) {
        this.windows = windows;
        this.ownWindows = ownWindows;
    }

    /**
     * The windows of {@code runs}; every case is kept when a run's window depends on the caseload itself
     * (rosh-thematic's default reaches back to the first start) or cannot be worked out (the run then fails
     * with its own message, as it would have on the whole file).
     */
    static CaseWindows of(List<SampleRequest> runs) {
        List<long[]> days = new ArrayList<>();
        Map<String, List<long[]>> daysOfPdu = new HashMap<>();
        boolean eachOnePdu = true;
        for (SampleRequest req : runs) {
            if (req.method() == SamplingMethod.ROSH_THEMATIC && req.from() == null) {
                return new CaseWindows(null, null);
            }
            RunWindow w;
            try {
                w = RunWindow.resolve(req, null);
            } catch (RuntimeException e) {
                return new CaseWindows(null, null);
            }
            boolean shortlist = req.method() == SamplingMethod.STRATIFIED_SHORTLIST;
            long[] window = {w.from().toEpochDay(), shortlist ? Long.MAX_VALUE : w.to().toEpochDay()};
            days.add(window);
            // as Screening: a one-PDU run screens its PDU's cases only (the shortlist screens every PDU)
            eachOnePdu &= req.pdu() != null && !shortlist;
            if (req.pdu() != null) {
                daysOfPdu.computeIfAbsent(req.pdu(), k -> new ArrayList<>()).add(window);
            }
        }
        Map<String, long[][]> own = null;
        if (eachOnePdu) {
            own = new HashMap<>();
            for (Map.Entry<String, List<long[]>> e : daysOfPdu.entrySet()) {
                own.put(e.getKey(), merged(e.getValue()));
            }
        }
        return new CaseWindows(merged(days), own);
    }

    private static long[][] merged(List<long[]> days) {
        days.sort(Comparator.comparingLong(d -> d[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] d : days) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && d[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], d[1]);
            } else {
                merged.add(d.clone());
            }
        }
        return merged.toArray(new long[0][]);
    }

    /** Counts the case towards the whole file, and keeps it if it starts in a window. */
    @Override
    public boolean test(CaseRecord c) {
        rows++;
        if (c.pdu() != lastPdu) { // the reader shares one String per PDU name, and extracts come grouped
            pdus.add(c.pdu());
            lastPdu = c.pdu();
        }
        long day = c.startDate().toEpochDay();
        firstStart = Math.min(firstStart, day);
        lastStart = Math.max(lastStart, day);
        if (windows == null) {
            return true;
        }
        if (!within(windows, day)) {
            return false;
        }
        if (ownWindows == null) {
            return true;
        }
        long[][] own = ownWindows.get(c.pdu());
        if (own != null && within(own, day)) {
            return true;
        }
        others.add(c.personId(), (int) day);
        return false;
    }

    private static boolean within(long[][] windows, long day) {
        for (long[] w : windows) {
            if (day < w[0]) {
                return false;
            }
            if (day <= w[1]) {
                return true;
            }
        }
        return false;
    }

    /** What the whole file held, once it has been read through this filter. */
    IndexedCaseload.Whole whole() {
        return new IndexedCaseload.Whole(rows, pdus,
                rows == 0 ? null : LocalDate.ofEpochDay(firstStart), rows == 0 ? null : LocalDate.ofEpochDay(lastStart),
                others);
    }
}
