package org.inspectionplanner.web.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a stored dataset holds, for a person deciding whether it is the right file.
 *
 * @param rows            data rows (records) read
 * @param pdus            the probation delivery units named, sorted (empty for kinds without PDUs)
 * @param firstDate       the earliest date of the kind's main date column (null if none)
 * @param lastDate        the latest such date
 * @param columns         the header's columns in file order (CSV only)
 * @param missingByColumn for each column, how many rows leave it empty (CSV only)
 */
public record DatasetSummary(
        int rows,
        List<String> pdus,
        LocalDate firstDate,
        LocalDate lastDate,
        List<String> columns,
        Map<String, Integer> missingByColumn) {
}
