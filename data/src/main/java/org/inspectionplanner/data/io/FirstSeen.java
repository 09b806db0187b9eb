package org.inspectionplanner.data.io;

/**
 * Remembers the line on which each id was first seen, to report duplicates. An open-addressing
 * table of plain arrays: a million ids cost two arrays instead of a million map nodes and boxes.
 */
final class FirstSeen {
    private String[] keys = new String[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;

    /** Records {@code id} on {@code line} and returns 0, or returns the earlier line if the id was seen. */
    long putIfAbsent(String id, long line) {
        int mask = keys.length - 1;
        int slot = spread(id.hashCode()) & mask;
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

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new String[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            String k = oldKeys[i];
            if (k != null) {
                int slot = spread(k.hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                lines[slot] = oldLines[i];
            }
        }
    }
}
