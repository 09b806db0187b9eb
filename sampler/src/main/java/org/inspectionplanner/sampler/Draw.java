package org.inspectionplanner.sampler;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The mutable state of one draw: what is in the sample, with which marks, how full each practitioner
 * is under the cap, and which cases the cap or the target moved out (they head the reserves).
 */
final class Draw {

    /** The practitioner key of cases with no practitioner: they queue together and no cap applies. */
    static final String UNALLOCATED = "";

    final Map<CaseRecord, EnumSet<Selection>> selected = new LinkedHashMap<>();
    final Map<String, Integer> perPractitioner = new HashMap<>();
    /** Cases taken out of the sample by the target or the cap, in the order they were moved. */
    final Set<CaseRecord> moved = new LinkedHashSet<>();
    /**
     * Cases of the method's own selection (COHORT or STRATIFIED) that the cap or the target moved out,
     * with the rule: the departures from the published selection on the way out.
     */
    final Map<CaseRecord, Departures.Rule> movedOut = new LinkedHashMap<>();
    /** Most cases one practitioner may have in the sample; null: no cap. */
    final Integer cap;
    /** Cases the quota minimums needed beyond the target (0 unless the target cut quota cases). */
    int quotaCasesOverTarget;
    /** The number of cases a reduction to the target drew from (null when there was none). */
    Integer reducedFrom;

    Draw(Integer cap) {
        this.cap = cap;
    }

    static String practitionerKey(CaseRecord c) {
        return c.hasPractitioner() ? c.practitionerId() : UNALLOCATED;
    }

    boolean contains(CaseRecord c) {
        return selected.containsKey(c);
    }

    int load(CaseRecord c) {
        return c.hasPractitioner() ? perPractitioner.getOrDefault(c.practitionerId(), 0) : 0;
    }

    boolean fits(CaseRecord c) {
        return cap == null || !c.hasPractitioner() || load(c) < cap;
    }

    void add(CaseRecord c, Selection mark) {
        EnumSet<Selection> marks = selected.get(c);
        if (marks == null) {
            selected.put(c, EnumSet.of(mark));
            if (c.hasPractitioner()) {
                perPractitioner.merge(c.practitionerId(), 1, Integer::sum);
            }
        } else {
            marks.add(mark);
        }
    }

    /** Takes a selected case out of the sample (to the head of the reserves) by {@code rule}. */
    void moveToReserves(CaseRecord c, Departures.Rule rule) {
        EnumSet<Selection> marks = selected.remove(c);
        if (marks != null) {
            if (c.hasPractitioner()) {
                perPractitioner.merge(c.practitionerId(), -1, Integer::sum);
            }
            moved.add(c);
            if (marks.contains(Selection.COHORT) || marks.contains(Selection.STRATIFIED)) {
                movedOut.put(c, rule);
            }
        }
    }

    /** Keeps a case of the method's selection out of the sample (to the head of the reserves) by {@code rule}. */
    void keepOut(CaseRecord c, Departures.Rule rule) {
        moved.add(c);
        movedOut.put(c, rule);
    }

    int count(Quota q) {
        int n = 0;
        for (CaseRecord c : selected.keySet()) {
            if (q.counts(c)) {
                n++;
            }
        }
        return n;
    }

    int size() {
        return selected.size();
    }
}
