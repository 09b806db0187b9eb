package org.inspectionplanner.web.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one grammar of a time limit on the command line: a number with a unit ({@code 500ms},
 * {@code 30s}, {@code 1.5m}, {@code 2h}), a plain number of seconds ({@code 7}), or ISO-8601
 * ({@code PT30S}); positive. A bad value is a usage error naming the option (exit 2).
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String text) {
        Duration d = parse(text);
        if (d == null) {
            throw new TypeConversionException("'" + text + "' is not a duration like 30s, 2m, 500ms or PT30S");
        }
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + text + "' is not a positive duration");
        }
        return d;
    }

    /** The duration written, or null when it is not one. */
    static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER_AND_UNIT.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            double millis = switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1_000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
            return millis > Long.MAX_VALUE / 2 ? null : Duration.ofMillis(Math.round(millis));
        }
        try {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
