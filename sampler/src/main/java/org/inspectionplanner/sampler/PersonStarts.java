package org.inspectionplanner.sampler;

import java.util.Arrays;

/**
 * The person and start day of cases not held in memory, packed into a few arrays: the person ids share one
 * character buffer, so the collector sees a handful of arrays where a String per case would be two objects.
 */
final class PersonStarts {

    private char[] chars = new char[4096];
    private int[] ends = new int[256];
    private int[] days = new int[256];
    private int[] hashes = new int[256];
    private int size;
    private int length;

    void add(String person, int day) {
        if (size == ends.length) {
            int n = size * 2;
            ends = Arrays.copyOf(ends, n);
            days = Arrays.copyOf(days, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        if (length + person.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + person.length()));
        }
        person.getChars(0, person.length(), chars, length);
        length += person.length();
        ends[size] = length;
        days[size] = day;
        hashes[size] = person.hashCode();
        size++;
    }

    int size() {
        return size;
    }

    /** The start day (epoch day) of the i-th case. */
    int day(int i) {
        return days[i];
    }

    /** {@link String#hashCode()} of the i-th case's person id. */
    int hash(int i) {
        return hashes[i];
    }

    /** The i-th case's person id (a new String: ask only after the hash matched). */
    String person(int i) {
        int from = i == 0 ? 0 : ends[i - 1];
        return new String(chars, from, ends[i] - from);
    }
}
