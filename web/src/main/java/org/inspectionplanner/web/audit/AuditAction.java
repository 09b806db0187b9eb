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
    USER_CREATED,
    USER_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** A dataset, sample, allocation or schedule deleted by a user; ids and counts only. */
    DELETE,
    /** Deleted by the daily retention job because its retention period ended. */
    EXPIRED,
    /** An ADMIN kept a dataset beyond its retention period, with a reason. */
    RETENTION_EXTENDED,
    AUDIT_EXPORT,
    BACKUP
}
