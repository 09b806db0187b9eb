package org.inspectionplanner.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What to generate: {@code pdus} probation delivery units with cases starting between {@code from}
 * and {@code to} (both inclusive), about {@code weeklyMeanPerPdu} commencements per PDU per week.
 * The same spec always gives the same cases.
 */
public record CaseloadSpec(long seed, int pdus, LocalDate from, LocalDate to, double weeklyMeanPerPdu) {

    /** 78 weeks of commencements: enough for a year of fieldwork that looks back 27-52 weeks. */
    public static final LocalDate DEFAULT_FROM = LocalDate.of(2025, 1, 6);
    public static final LocalDate DEFAULT_TO = LocalDate.of(2026, 7, 5);

    public CaseloadSpec {
        if (pdus < 1) {
            throw new IllegalArgumentException("pdus must be at least 1, was " + pdus);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the date range must have from <= to, was " + from + " .. " + to);
        }
        if (!(weeklyMeanPerPdu > 0) || weeklyMeanPerPdu > 1_000_000) {
            throw new IllegalArgumentException("weekly mean per PDU must be > 0, was " + weeklyMeanPerPdu);
        }
    }

    /** 26 PDUs (as in the 2022-23 inspections), seed 7, about 40 commencements a week per PDU. */
    public static CaseloadSpec defaults() {
        return new CaseloadSpec(7, 26, DEFAULT_FROM, DEFAULT_TO, 40);
    }

    public CaseloadSpec withSeed(long newSeed) {
        return new CaseloadSpec(newSeed, pdus, from, to, weeklyMeanPerPdu);
    }

    public CaseloadSpec withPdus(int newPdus) {
        return new CaseloadSpec(seed, newPdus, from, to, weeklyMeanPerPdu);
    }

    public CaseloadSpec withDates(LocalDate newFrom, LocalDate newTo) {
        return new CaseloadSpec(seed, pdus, newFrom, newTo, weeklyMeanPerPdu);
    }

    public CaseloadSpec withWeeklyMeanPerPdu(double mean) {
        return new CaseloadSpec(seed, pdus, from, to, mean);
    }

    /** Number of weeks (Monday to Sunday) that the date range touches. */
    public int weeks() {
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY);
        return (int) (java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, to.with(DayOfWeek.MONDAY)) + 1);
    }

    /** The weekly mean per PDU that gives about {@code rows} cases over this spec's PDUs and dates. */
    public CaseloadSpec sizedFor(long rows) {
        double weekdays = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                weekdays++;
            }
        }
        double weeksEquivalent = Math.max(1, weekdays / 5.0);
        return withWeeklyMeanPerPdu(Math.max(0.1, rows / (pdus * weeksEquivalent)));
    }
}
