package org.inspectionplanner.sampler;

import java.util.List;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * The outcome of one sampling run: the sample (sorted by case_id), the reserves (by rank), the
 * exclusions of the window (by case_id), the report, and the caseload's extra columns so that the
 * output files can carry every input column.
 */
public record SampleResult(List<SampledCase> sample, List<ReserveCase> reserves, List<Exclusion> exclusions,
        SampleReport report, List<String> extraColumns) {
    public SampleResult {
        sample = List.copyOf(sample);
        reserves = List.copyOf(reserves);
        exclusions = List.copyOf(exclusions);
        extraColumns = List.copyOf(extraColumns);
    }

    /** Warnings a user must see (unmet quotas, a target not reached, ...), also in the report. */
    public List<String> warnings() {
        return report.warnings();
    }
}
