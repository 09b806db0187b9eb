package org.inspectionplanner.data.io;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Parsing of single cell values, written by hand because the caseload reader runs it tens of
 * millions of times per file: no regular expressions, no formatters, no exceptions on the
 * happy path. Every method returns {@code null} for a value it cannot accept; the caller reports it.
 */
final class Cells {

    static final String DATE_EXPECTED = "expected a date as yyyy-MM-dd or dd/MM/yyyy";
    /** Every date in every input falls in these years: a birth in 1850 or a start in 2999 is a typing slip. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    static final String DATE_RANGE = "expected a date in the years " + FIRST_YEAR + " to " + LAST_YEAR;
    static final String BOOLEAN_EXPECTED = "expected true/false, yes/no, y/n or 1/0";

    private static final int FIRST_CACHED_YEAR = 1900;
    private static final int CACHED_YEARS = 200;
    /** Dates repeat heavily in a caseload (start dates, birth dates): share one object per day. */
    private static final LocalDate[] DATE_CACHE = new LocalDate[CACHED_YEARS * 12 * 31];

    private Cells() {
    }

    /** A date written yyyy-MM-dd or dd/MM/yyyy (exactly those widths), or null. */
    static LocalDate date(String s) {
        int key = dateKey(s);
        return key < 0 ? null : fromKey(key);
    }

    /**
     * A valid date written yyyy-MM-dd or dd/MM/yyyy as the number yyyymmdd (which orders like the
     * date, so rows can be checked without touching LocalDate objects), or -1.
     */
    static int dateKey(String s) {
        if (s.length() != 10) {
            return -1;
        }
        int year;
        int month;
        int day;
        if (s.charAt(4) == '-' && s.charAt(7) == '-') {
            year = digits(s, 0, 4);
            month = digits(s, 5, 7);
            day = digits(s, 8, 10);
        } else if (s.charAt(2) == '/' && s.charAt(5) == '/') {
            day = digits(s, 0, 2);
            month = digits(s, 3, 5);
            year = digits(s, 6, 10);
        } else {
            return -1;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return -1;
        }
        return year * 10000 + month * 100 + day;
    }

    /** True for the key of a date in the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    static boolean inRange(int key) {
        return key >= FIRST_YEAR * 10000 && key < (LAST_YEAR + 1) * 10000;
    }

    /** Index of the first C0 or C1 control character in s other than tab and line breaks, or -1. */
    static int controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }

    /** The date of a valid key; dates repeat heavily in a caseload, so each day is one shared object. */
    static LocalDate fromKey(int key) {
        int year = key / 10000;
        int month = key / 100 % 100;
        int day = key % 100;
        int y = year - FIRST_CACHED_YEAR;
        if (y < 0 || y >= CACHED_YEARS) {
            return LocalDate.of(year, month, day);
        }
        int slot = (y * 12 + month - 1) * 31 + day - 1;
        LocalDate cached = DATE_CACHE[slot];
        if (cached == null) {
            cached = LocalDate.of(year, month, day);
            DATE_CACHE[slot] = cached; // a benign race: LocalDate is immutable with final fields
        }
        return cached;
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** The decimal number in s[from, to) when it is all ASCII digits, else -1. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** An optionally signed decimal integer that fits in an int, or null. */
    static Integer integer(String s) {
        int n = s.length();
        if (n == 0 || n > 11) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
            if (n == 1) {
                return null;
            }
        }
        long value = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            value = value * 10 + d;
        }
        value = negative ? -value : value;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }

    /** true/false/yes/no/y/n/1/0 in any case, empty = false; anything else null. */
    static Boolean bool(String s) {
        switch (s.length()) {
            case 0:
                return Boolean.FALSE;
            case 1:
                switch (s.charAt(0)) {
                    case 'y': case 'Y': case '1':
                        return Boolean.TRUE;
                    case 'n': case 'N': case '0':
                        return Boolean.FALSE;
                    default:
                        return null;
                }
            case 2:
                return asciiLowerEquals(s, "no") ? Boolean.FALSE : null;
            case 3:
                return asciiLowerEquals(s, "yes") ? Boolean.TRUE : null;
            case 4:
                return asciiLowerEquals(s, "true") ? Boolean.TRUE : null;
            case 5:
                return asciiLowerEquals(s, "false") ? Boolean.FALSE : null;
            default:
                return null;
        }
    }

    /** Case-insensitive match against a lower-case ASCII word, without String.equalsIgnoreCase's general path. */
    private static boolean asciiLowerEquals(String s, String lowerWord) {
        for (int i = 0; i < lowerWord.length(); i++) {
            if ((s.charAt(i) | 0x20) != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Looks up constants by name in any case. Enumerations here have a handful of constants, so a
     * linear scan with {@code equals} (which rejects on length first) beats hashing a fresh string;
     * the case-insensitive scan runs only when the exact name misses.
     */
    static final class EnumNames<E extends Enum<E>> {
        private final E[] constants;
        private final String[] names;
        private final String expected;

        EnumNames(Class<E> type) {
            constants = type.getEnumConstants();
            names = Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
            expected = "expected one of " + String.join(", ", names);
        }

        E find(String s) {
            String[] n = names;
            for (int i = 0; i < n.length; i++) {
                if (n[i].equals(s)) {
                    return constants[i];
                }
            }
            for (int i = 0; i < n.length; i++) {
                if (n[i].equalsIgnoreCase(s)) {
                    return constants[i];
                }
            }
            return null;
        }

        String expected() {
            return expected;
        }
    }

    /** Quotes a value for an error message, shortened so that a runaway cell cannot flood the output. */
    static String quote(String value) {
        String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "'" + v.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
