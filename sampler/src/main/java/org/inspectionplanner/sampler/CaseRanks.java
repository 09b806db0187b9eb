package org.inspectionplanner.sampler;

import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * Each case's position in a list, by identity: an open-addressing table of ints, where an identity map of
 * boxed ranks made an object per case of every pool (a quarter of what a sample allocated).
 */
final class CaseRanks {

    private final CaseRecord[] keys;
    private final int[] ranks;
    private final int mask;

    CaseRanks(List<CaseRecord> cases) {
        int capacity = Integer.highestOneBit(Math.max(4, cases.size() * 2 - 1)) << 1;
        keys = new CaseRecord[capacity];
        ranks = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < cases.size(); i++) {
            CaseRecord c = cases.get(i);
            int slot = slot(c);
            while (keys[slot] != null && keys[slot] != c) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = c;
            ranks[slot] = i;
        }
    }

    /** The case's position, or -1 when it is not in the list. */
    int indexOf(CaseRecord c) {
        int slot = slot(c);
        while (keys[slot] != null) {
            if (keys[slot] == c) {
                return ranks[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The case's position; the case must be in the list. */
    int of(CaseRecord c) {
        int r = indexOf(c);
        if (r < 0) {
            throw new IllegalArgumentException("case " + c.caseId() + " is not in the pool");
        }
        return r;
    }

    private int slot(CaseRecord c) {
        int x = System.identityHashCode(c) * 0x9E3779B9; // spread the bits over the table
        return (x ^ (x >>> 16)) & mask;
    }
}
