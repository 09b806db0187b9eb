package org.inspectionplanner.web.backup;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.BlobDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/backup} (ADMIN): a consistent backup of the embedded store while the service runs,
 * as the CLI's {@code backup --url} fetches it. Stored files are not deleted while it is written, so
 * every file the database snapshot names is in it. On PostgreSQL: 409, use pg_dump (docs/web.md).
 */
@RestController
class BackupController {

    private final DataSource dataSource;
    private final BlobDirectory blobs;
    private final AuditLog audit;

    BackupController(DataSource dataSource, BlobDirectory blobs, AuditLog audit) {
        this.dataSource = dataSource;
        this.blobs = blobs;
        this.audit = audit;
    }

    @GetMapping("/api/backup")
    ResponseEntity<StreamingResponseBody> backup() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "The service uses PostgreSQL: back up with pg_dump and a copy of the data directory (docs/web.md).");
            }
        }
        audit.record(AuditAction.BACKUP, null, "store and data directory");
        String name = "inspection-planner-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip";
        StreamingResponseBody body = out -> {
            try {
                blobs.holdingDeletions(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        BackupArchive.write(c, blobs.root(), out);
                    }
                    return null;
                });
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException("backup failed: " + e.getClass().getSimpleName(), e);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(body);
    }
}
