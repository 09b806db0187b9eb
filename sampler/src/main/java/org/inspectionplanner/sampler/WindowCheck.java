package org.inspectionplanner.sampler;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The warning for an empty or partly unobserved window: it names the caseload's actual start dates
 * and, for the methods dated back from fieldwork, the fieldwork start that would put the window
 * inside them (a wrong fieldwork date or an old extract is the usual cause).
 */
final class WindowCheck {

    private WindowCheck() {
    }

    /** The warning, or null when the window lies inside the caseload's dates and holds eligible cases. */
    static String warning(RunParameters params, boolean windowGiven, IndexedCaseload caseload, int eligible) {
        LocalDate from = params.window().from();
        LocalDate to = params.window().to();
        LocalDate first = caseload.firstStart();
        LocalDate last = caseload.lastStart();
        if (first == null) {
            return "The caseload has no cases, so the sample is empty.";
        }
        // rosh-thematic's default population runs to the fieldwork start, usually after the extract was taken
        boolean checkEdges = windowGiven || params.method() != SamplingMethod.ROSH_THEMATIC;
        boolean outside = checkEdges && (from.isBefore(first) || to.isAfter(last));
        if (eligible > 0 && !outside) {
            return null;
        }
        String range = "the caseload's start dates run from " + first + " to " + last + ".";
        StringBuilder s = new StringBuilder(eligible == 0
                ? "The window " + from + " to " + to + " holds no eligible cases: " + range
                : "The window " + from + " to " + to + " runs outside the caseload's dates, so its " + eligible
                        + " eligible cases may be only part of the PDU's: " + range);
        if (params.method().hasCandidateWeeks() && !windowGiven) {
            LocalDate suggested = fieldworkStartEndingWindowOn(last, params.firstWeek());
            LocalDate windowFrom = CohortWeeks.weekStart(suggested, params.lastWeek());
            if (suggested.equals(params.fieldworkStart()) || windowFrom.isBefore(first)) {
                s.append(" The caseload covers less than the ").append(params.lastWeek() - params.firstWeek() + 1)
                        .append(" weeks the window needs; an extract reaching further back is needed.");
            } else {
                s.append(" A fieldwork start of Monday ").append(suggested).append(" would put the window (")
                        .append(windowFrom).append(" to ").append(CohortWeeks.weekEnd(suggested, params.firstWeek()))
                        .append(") inside them.");
            }
        } else if (windowGiven) {
            s.append(" Choose --from and --to inside them.");
        }
        return s.toString();
    }

    /** The latest Monday F whose week {@code firstWeek} before F ends on or before {@code last}. */
    static LocalDate fieldworkStartEndingWindowOn(LocalDate last, int firstWeek) {
        return last.plusDays(7L * firstWeek - 6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
