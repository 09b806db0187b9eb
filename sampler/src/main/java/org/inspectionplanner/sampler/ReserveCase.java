package org.inspectionplanner.sampler;

import java.time.LocalDate;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * A ranked reserve: a case to use, in rank order, when a sampled case of {@code replacesStratum}
 * cannot be inspected. {@code movedFromSample} is true for cases the target or the practitioner cap
 * took out of the sample (they rank first).
 */
public record ReserveCase(CaseRecord record, int rank, String replacesStratum, LocalDate cohortWeek, String stratum,
        Double weight, boolean movedFromSample) {
}
