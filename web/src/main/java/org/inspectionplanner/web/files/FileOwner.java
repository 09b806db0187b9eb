package org.inspectionplanner.web.files;

/** What a stored file belongs to. */
public enum FileOwner {
    DATASET,
    SAMPLE,
    JOB
}
