package org.inspectionplanner.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.web.inspection.InspectionChain.AllocationStep;
import org.inspectionplanner.web.inspection.InspectionChain.SampleStep;
import org.inspectionplanner.web.inspection.InspectionChain.Step;
import org.inspectionplanner.web.job.JobStatus;
import org.inspectionplanner.web.sample.SampleStatus;
import org.junit.jupiter.api.Test;

/** How the samples' and allocations' steps of an inspection add up to one word each. */
class InspectionChainsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static SampleStep sample(SampleStatus status, boolean moved, AllocationStep allocation) {
        return new SampleStep("Leeds", status == null ? null : 1L, "Leeds sample", status, MONDAY, moved, 10, List.of(), allocation);
    }

    private static AllocationStep allocation(JobStatus status) {
        return new AllocationStep(5, "Allocation of these 10 cases", status, 0, 10);
    }

    @Test
    void anInspectionWithoutPdusNeedsNeitherStep() {
        assertThat(InspectionChains.sampleState(List.of())).isEqualTo(Step.NOT_NEEDED);
        assertThat(InspectionChains.allocationState(List.of())).isEqualTo(Step.NOT_NEEDED);
    }

    @Test
    void samplesAreDoneOnlyWhenEveryPduHasAFinishedSampleAtTheScheduledStart() {
        SampleStep done = sample(SampleStatus.DONE, false, null);
        assertThat(InspectionChains.sampleState(List.of(done, done))).isEqualTo(Step.DONE);
        assertThat(InspectionChains.sampleState(List.of(done, sample(null, false, null)))).isEqualTo(Step.NOT_STARTED);
        assertThat(InspectionChains.sampleState(List.of(done, sample(SampleStatus.RUNNING, false, null))))
                .isEqualTo(Step.IN_PROGRESS);
        assertThat(InspectionChains.sampleState(List.of(done, sample(SampleStatus.FAILED, false, null))))
                .isEqualTo(Step.FAILED);
        assertThat(InspectionChains.sampleState(List.of(done, sample(SampleStatus.DONE, true, null))))
                .isEqualTo(Step.OUT_OF_DATE);
    }

    @Test
    void theAllocationIsDoneWhenEverySampleHasAFinishedAllocation() {
        SampleStep allocated = sample(SampleStatus.DONE, false, allocation(JobStatus.FINISHED));
        assertThat(InspectionChains.allocationState(List.of(allocated, allocated))).isEqualTo(Step.DONE);
        assertThat(InspectionChains.allocationState(List.of(allocated, sample(SampleStatus.DONE, false, null))))
                .isEqualTo(Step.NOT_STARTED);
        assertThat(InspectionChains.allocationState(List.of(allocated,
                sample(SampleStatus.DONE, false, allocation(JobStatus.SOLVING))))).isEqualTo(Step.IN_PROGRESS);
        assertThat(InspectionChains.allocationState(List.of(allocated,
                sample(SampleStatus.DONE, false, allocation(JobStatus.FAILED))))).isEqualTo(Step.FAILED);
        assertThat(InspectionChains.allocationState(List.of(
                sample(SampleStatus.DONE, true, allocation(JobStatus.STOPPED))))).isEqualTo(Step.OUT_OF_DATE);
    }
}
