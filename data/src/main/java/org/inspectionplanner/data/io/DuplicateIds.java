package org.inspectionplanner.data.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds repeated ids in a large file after reading it, by sorting (hash, row) pairs: sequential
 * memory access instead of one random hash-table probe per row, which on a million rows is the
 * difference between a few and a few hundred milliseconds.
 */
final class DuplicateIds {
    private String[] ids = new String[1024];
    private long[] lines = new long[1024];
    private long[] hashAndRow = new long[1024];
    private int size;

    void add(String id, long line) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            lines = Arrays.copyOf(lines, n);
            hashAndRow = Arrays.copyOf(hashAndRow, n);
        }
        ids[size] = id;
        lines[size] = line;
        hashAndRow[size] = ((long) id.hashCode() << 32) | size;
        size++;
    }

    /** A later row repeating the id of an earlier one. */
    record Duplicate(String id, long line, long firstLine) {
    }

    /** Every repeat, in line order, each naming the line of the id's first use. */
    List<Duplicate> duplicates() {
        long[] sorted = Arrays.copyOf(hashAndRow, size);
        Arrays.sort(sorted); // rows of equal hash end up adjacent, in row order
        List<Duplicate> found = new ArrayList<>();
        int i = 0;
        while (i < size) {
            int j = i + 1;
            while (j < size && (sorted[j] >>> 32) == (sorted[i] >>> 32)) {
                j++;
            }
            for (int a = i + 1; a < j; a++) { // rarely more than one: a hash collision or a repeat
                int row = (int) sorted[a];
                for (int b = i; b < a; b++) {
                    int earlier = (int) sorted[b];
                    if (ids[earlier].equals(ids[row])) {
                        found.add(new Duplicate(ids[row], lines[row], firstLine(sorted, i, b)));
                        break;
                    }
                }
            }
            i = j;
        }
        found.sort((x, y) -> Long.compare(x.line(), y.line()));
        return found;
    }

    private long firstLine(long[] sorted, int from, int upTo) {
        String id = ids[(int) sorted[upTo]];
        for (int k = from; k <= upTo; k++) {
            int row = (int) sorted[k];
            if (ids[row].equals(id)) {
                return lines[row];
            }
        }
        return lines[(int) sorted[upTo]];
    }
}
