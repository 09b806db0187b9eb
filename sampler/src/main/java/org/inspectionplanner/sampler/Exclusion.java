package org.inspectionplanner.sampler;

import java.util.List;

/** A case of the window that is not eligible, with every reason that applies (in contract order). */
public record Exclusion(String caseId, String personId, List<ExclusionReason> reasons) {
    public Exclusion {
        reasons = List.copyOf(reasons);
    }
}
