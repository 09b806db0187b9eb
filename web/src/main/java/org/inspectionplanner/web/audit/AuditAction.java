package org.inspectionplanner.web.audit;

/** What the audit log records. */
public enum AuditAction {
    UPLOAD,
    UPLOAD_REJECTED,
    SAMPLE,
    SOLVE,
    STOP,
    PIN,
    UNPIN,
    DOWNLOAD,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    USER_CREATED
}
