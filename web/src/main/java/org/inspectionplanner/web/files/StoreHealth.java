package org.inspectionplanner.web.files;

import java.nio.file.Files;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health says DOWN unless the service can really serve: the database answers a query on one of its
 * own tables (a pool's "SELECT 1" also passes on a closed embedded database that a new connection
 * silently recreated empty, issue 14), and the file directory is there and writable.
 */
@Component("store")
class StoreHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final BlobDirectory blobs;

    StoreHealth(JdbcTemplate jdbc, BlobDirectory blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    @Override
    public Health health() {
        try {
            jdbc.queryForObject("select count(*) from app_user", Long.class);
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", "not answering: " + e.getClass().getSimpleName()).build();
        }
        if (!Files.isDirectory(blobs.incomingDirectory()) || !Files.isWritable(blobs.incomingDirectory())) {
            return Health.down().withDetail("files", "the file directory is missing or read-only").build();
        }
        return Health.up().build();
    }
}
