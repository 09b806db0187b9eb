package org.inspectionplanner.web.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every date option of the command line: a real calendar day as yyyy-MM-dd in the years 1900 to
 * 2100, the range the readers and the API accept. A bad value is a usage error naming the option
 * (exit 2), in words rather than Java's exception text; a year such as -999999999 used to get
 * through and fail later as an internal error.
 */
public final class DateConverter implements ITypeConverter<LocalDate> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    @Override
    public LocalDate convert(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date as yyyy-MM-dd (a day that exists, e.g. 2026-01-05)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new TypeConversionException("'" + text + "' is not between the years " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return date;
    }
}
