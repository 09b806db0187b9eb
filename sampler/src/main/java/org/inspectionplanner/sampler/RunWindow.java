package org.inspectionplanner.sampler;

import java.time.LocalDate;

/**
 * The start-date window of a run, and for the week-based methods its candidate weeks
 * {@code firstWeek..lastWeek} before fieldwork (0 for the others). rosh-thematic's default window is
 * every start date before fieldwork (from the caseload's first), since its population is every case
 * active at fieldwork start.
 */
record RunWindow(LocalDate from, LocalDate to, int firstWeek, int lastWeek) {

    static RunWindow resolve(SampleRequest req, LocalDate caseloadFirstStart) {
        SamplingMethod method = req.method();
        LocalDate fieldworkStart = req.fieldworkStart();
        if (req.from() != null) {
            if (!method.hasCandidateWeeks()) {
                return new RunWindow(req.from(), req.to(), 0, 0);
            }
            if (!req.to().isBefore(fieldworkStart)) {
                throw new IllegalArgumentException("--to " + req.to() + " must be before the fieldwork start "
                        + fieldworkStart + " for " + method.cliName());
            }
            return new RunWindow(req.from(), req.to(), CohortWeeks.weekBefore(fieldworkStart, req.to()),
                    CohortWeeks.weekBefore(fieldworkStart, req.from()));
        }
        if (method.hasCandidateWeeks()) {
            return new RunWindow(CohortWeeks.weekStart(fieldworkStart, method.lastWeek()),
                    CohortWeeks.weekEnd(fieldworkStart, method.firstWeek()), method.firstWeek(), method.lastWeek());
        }
        if (method == SamplingMethod.ROSH_THEMATIC) {
            LocalDate to = fieldworkStart.minusDays(1);
            LocalDate from = caseloadFirstStart == null || caseloadFirstStart.isAfter(to) ? to : caseloadFirstStart;
            return new RunWindow(from, to, 0, 0);
        }
        throw new IllegalArgumentException(method.cliName() + " needs --from and --to");
    }
}
