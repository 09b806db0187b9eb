package org.inspectionplanner.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as people type them in forms: d/m/yyyy (the date picker's form) or yyyy-mm-dd. */
public final class Dates {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Dates() {
    }

    /** The date, or null when the text is blank or not a real date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return t.contains("/") ? LocalDate.parse(t, UK_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String uk(LocalDate date) {
        return date == null ? "" : date.format(UK_DATE);
    }
}
