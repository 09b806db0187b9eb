package org.inspectionplanner.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * A solver thread is interrupted when its job is stopped, and may be writing to the database at that moment.
 * On a plain file channel the interrupt closes H2's file and with it the whole store: every later request
 * fails until a restart. The embedded default's URL (application.yml) must survive that write.
 */
class InterruptedWriteTest {

    @Test
    void anInterruptedThreadsCommitNeitherClosesTheStoreNorLosesTheWrite(@TempDir Path dir) throws Exception {
        SyncFilePath.register();
        // The first document of application.yml is the default profile (later ones are PostgreSQL's and others).
        String url = String.valueOf(new YamlPropertySourceLoader().load("app", new ClassPathResource("application.yml"))
                .get(0).getProperty("spring.datasource.url")).replace("${inspection-planner.data-dir}", dir.toString());

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table t(id int primary key, v varchar(100))");
                s.execute("insert into t values (1, 'before')");
            }
            Thread.currentThread().interrupt();
            try (Statement s = c.createStatement()) {
                s.execute("insert into t values (2, 'while interrupted')");
            } finally {
                Thread.interrupted(); // clear the flag whatever happened
            }
            try (Statement s = c.createStatement()) {
                s.execute("insert into t values (3, 'after')");
            }
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from t")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(3);
        }
    }
}
