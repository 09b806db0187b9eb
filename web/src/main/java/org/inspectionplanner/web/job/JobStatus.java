package org.inspectionplanner.web.job;

/**
 * QUEUED (waiting for a free solver), SOLVING, FINISHED (the time limit ended it), STOPPED (a user
 * stopped it), FAILED, INTERRUPTED (the service stopped while it was queued or solving; the last
 * best plan is kept and can be solved on).
 */
public enum JobStatus {
    QUEUED,
    SOLVING,
    FINISHED,
    STOPPED,
    FAILED,
    INTERRUPTED;

    public boolean active() {
        return this == QUEUED || this == SOLVING;
    }
}
