package org.inspectionplanner.web.dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * A file as its reader returned it: the domain value (a Caseload, a Roster, a list of
 * inspections...) and the facts for its summary.
 */
public record ParsedDataset(Object value, int rows, List<String> pdus, LocalDate firstDate, LocalDate lastDate) {
}
