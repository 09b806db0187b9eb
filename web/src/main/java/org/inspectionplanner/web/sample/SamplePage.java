package org.inspectionplanner.web.sample;

import java.util.List;
import org.inspectionplanner.web.page.Download;

/**
 * Everything the sample result page shows: the report, the rows (selected, reserves, exclusions)
 * and the files to download, each file as (label, href).
 */
public record SamplePage(
        long id,
        String title,
        String pdu,
        String caseloadName,
        String createdBy,
        String createdAt,
        SampleReportView report,
        List<Parameter> parameters,
        List<String> warnings,
        List<SelectedRow> selected,
        List<ReserveRow> reserves,
        List<ExclusionRow> exclusions,
        List<Download> downloads) {

    /** A parameter that shaped the sample, in words. */
    public record Parameter(String name, String value) {
    }

    public record SelectedRow(String caseId, String office, String practitionerId, String selection, String cohortWeek,
            String stratum) {
    }

    public record ReserveRow(String rank, String caseId, String office, String replacesStratum) {
    }

    public record ExclusionRow(String caseId, String personId, String reasons) {
    }

    /** Exclusion rows that carry the given reason (a row may carry several, {@code ;}-joined). */
    public List<ExclusionRow> exclusionsFor(String reason) {
        return exclusions.stream().filter(r -> List.of(r.reasons().split(";")).contains(reason)).toList();
    }
}
