package org.inspectionplanner.web.deletion;

import java.util.List;

/**
 * What deleting one thing takes with it: the thing itself and everything derived from it (a dataset's
 * samples, the allocations and schedules made from the dataset or those samples), with their files.
 * Ids and counts only: nothing from the data itself.
 */
public record DeletionPlan(Deletable kind, long id, String name, List<Long> datasets, List<Long> samples,
        List<Long> allocations, List<Long> schedules, int files, long bytes) {

    /** e.g. {@code datasets=[5] samples=[7, 8] allocations=[] schedules=[] files=12 bytes=40960}. */
    public String auditDetail() {
        return "datasets=" + datasets + " samples=" + samples + " allocations=" + allocations + " schedules="
                + schedules + " files=" + files + " bytes=" + bytes;
    }
}
