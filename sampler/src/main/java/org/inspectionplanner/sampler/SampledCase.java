package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * A case in the sample: how it was selected, the Monday of its cohort week (methods with candidate
 * weeks, else null), its stratum, its weight (eligible in stratum / sampled in stratum) and the
 * sub-samples it belongs to.
 */
public record SampledCase(CaseRecord record, Set<Selection> selection, LocalDate cohortWeek, String stratum,
        double weight, List<String> subSamples) {
    public SampledCase {
        selection = Set.copyOf(selection);
        subSamples = List.copyOf(subSamples);
    }
}
