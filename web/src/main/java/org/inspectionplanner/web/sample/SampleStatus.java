package org.inspectionplanner.web.sample;

/** Where a sample is: queued, being drawn, done, rejected by the sampler, or cut short by a restart. */
public enum SampleStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
