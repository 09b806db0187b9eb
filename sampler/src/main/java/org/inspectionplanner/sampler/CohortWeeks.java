package org.inspectionplanner.sampler;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Week arithmetic dated back from the fieldwork start F (a Monday): week k before fieldwork is the
 * seven days [F - 7k, F - 7k + 7). Plain day counts, so leap days and year ends need no special case.
 */
public final class CohortWeeks {

    private CohortWeeks() {
    }

    /** Rejects a fieldwork start that is not a Monday (a usage error). */
    public static LocalDate requireMonday(LocalDate fieldworkStart) {
        if (fieldworkStart == null) {
            throw new IllegalArgumentException("fieldwork start is required");
        }
        if (fieldworkStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("fieldwork start " + fieldworkStart + " is a "
                    + fieldworkStart.getDayOfWeek() + "; it must be a Monday");
        }
        return fieldworkStart;
    }

    /** The first day (a Monday) of week k before fieldwork. */
    public static LocalDate weekStart(LocalDate fieldworkStart, int k) {
        return fieldworkStart.minusDays(7L * k);
    }

    /** The last day (a Sunday) of week k before fieldwork. */
    public static LocalDate weekEnd(LocalDate fieldworkStart, int k) {
        return weekStart(fieldworkStart, k).plusDays(6);
    }

    /** The k for which {@code date} lies in week k before fieldwork (0 or less on or after F). */
    public static int weekBefore(LocalDate fieldworkStart, LocalDate date) {
        long daysBefore = ChronoUnit.DAYS.between(date, fieldworkStart); // > 0 when date is before F
        return (int) Math.floorDiv(daysBefore + 6, 7);
    }
}
