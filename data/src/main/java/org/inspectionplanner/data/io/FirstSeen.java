package org.inspectionplanner.data.io;

/**
 * Remembers the line on which each id was first seen, to report duplicates. An open-addressing
 * table of plain arrays: a million ids cost two arrays instead of a million map nodes and boxes.
 */
final class FirstSeen {
    private String[] keys = new String[1 << 10];
    private long[] lines = new long[1 << 10];
    private int shift = 32 - 10;
    private int size;

    /** Records {@code id} on {@code line} and returns 0, or returns the earlier line if the id was seen. */
    long putIfAbsent(String id, long line) {
        int mask = keys.length - 1;
        int slot = slot(id.hashCode());
        while (true) {
            String k = keys[slot];
            if (k == null) {
                keys[slot] = id;
                lines[slot] = line;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            if (k.equals(id)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Fibonacci hashing: the top bits of the product mix every bit of the hash (ids are often sequential). */
    private int slot(int h) {
        return (h * 0x9E3779B1) >>> shift;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new String[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            String k = oldKeys[i];
            if (k != null) {
                int slot = slot(k.hashCode());
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                lines[slot] = oldLines[i];
            }
        }
    }
}
