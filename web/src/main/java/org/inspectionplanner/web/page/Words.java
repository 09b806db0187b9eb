package org.inspectionplanner.web.page;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Values as the pages say them: dates as "5 January 2026", times of day in London, codes such as
 * {@code COMMUNITY_ORDER} or {@code pdu-cohort} as words, numbers with thousands separators. Codes stay
 * in the downloads and the API; pages show words.
 */
public final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Words() {
    }

    /** "5 January 2026"; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** A date written as yyyy-mm-dd (as in the reports) in words; other text as it is. */
    public static String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            return date(LocalDate.parse(isoDate.trim()));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    /** "5 Jan 2026", for narrow table cells. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : date.format(SHORT_DATE);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /** "07:38:05" (London time). */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "6 December 2026 at 07:38" (London time). */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /**
     * A code in words: {@code COMMUNITY_ORDER} and {@code pdu-cohort} become "Community order" and
     * "Pdu cohort"; text that is not a code (an office name) is returned as it is.
     */
    public static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (!value.matches("[A-Z][A-Z0-9_]*_[A-Z0-9_]+|[A-Z]{4,}|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+")) {
            return value;
        }
        String lower = value.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        lower = lower.replace("rosh", "RoSH").replace("pdu", "PDU").replace("mappa", "MAPPA").replace("cps", "CPS");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static final java.util.regex.Pattern CODE_IN_TEXT = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final java.util.regex.Pattern ISO_IN_TEXT = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** A sentence from a report with its codes ({@code WELSH_LANGUAGE}) and ISO dates in words. */
    public static String codesIn(String text) {
        if (text == null) {
            return "";
        }
        String words = CODE_IN_TEXT.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(lowerFirst(code(m.group()))));
        return ISO_IN_TEXT.matcher(words).replaceAll(m -> date(m.group()));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** An enum constant in words, whatever its length: {@code PIN} is "Pin", {@code USER_CREATED} "User created". */
    public static String constant(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String lower = name.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Codes joined by {@code ;} ("TERMINATED_WITHIN_7_DAYS;UNDER_REVIEW") in words, comma-separated. */
    public static String codes(String joined) {
        if (joined == null || joined.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(joined.split(";")).map(String::trim).filter(c -> !c.isEmpty())
                .map(Words::code).toList());
    }

    /** 2677000 as "2,677,000". */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** "1 case", "2 cases". */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }
}
