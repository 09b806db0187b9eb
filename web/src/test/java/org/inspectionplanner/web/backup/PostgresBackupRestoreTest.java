package org.inspectionplanner.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.inspectionplanner.web.InspectionPlannerApplication;
import org.inspectionplanner.web.support.PostgresServer;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL backup docs/web.md gives, done on the embedded test server: pg_dump, a copy of the
 * data directory's files, then into a new database with pg_restore; every row and file is as before.
 * pg_dump and pg_restore come from Debian's postgresql-client (.ci/run installs it).
 */
class PostgresBackupRestoreTest {

    @TempDir
    Path work;

    private ConfigurableApplicationContext start(String database, Path dataDir) {
        return new SpringApplicationBuilder(InspectionPlannerApplication.class, TestDoubles.class).profiles("demo", "postgres")
                .run("--server.port=0", "--inspection-planner.data-dir=" + dataDir, "--inspection-planner.load-demo-data=false",
                        "--inspection-planner.solve-time-limit=2s",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + PostgresServer.get().getPort() + "/" + database,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = PostgresServer.get().getPostgresDatabase().getConnection()) {
            c.createStatement().execute(statement);
        }
    }

    private void run(String... command) throws Exception {
        File log = work.resolve("pg.log").toFile();
        int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start().waitFor();
        assertThat(exit).as(() -> String.join(" ", command) + ": " + read(log)).isZero();
    }

    @Test
    void pgDumpPlusTheFilesRestoresEveryItemAndFile() throws Exception {
        sql("drop database if exists backup_source");
        sql("drop database if exists backup_restored");
        sql("create database backup_source");
        Path sourceDir = work.resolve("source-var");
        Path restoredDir = work.resolve("restored-var");
        List<String> before;
        try (ConfigurableApplicationContext running = start("backup_source", sourceDir)) {
            int port = ((WebServerApplicationContext) running).getWebServer().getPort();
            ApiClient planner = new ApiClient(port, "planner", "demo-planner");
            ApiClient teamLead = new ApiClient(port, "teamlead", "demo-teamlead");
            long dataset = planner.upload("CASELOAD", "caseload.csv", Fixtures.caseloadCsv(40));
            long sample = planner.json("POST", "/api/samples", "{\"datasetId\":" + dataset + ",\"size\":6}", 202).get("id").asLong();
            planner.await("/api/samples/" + sample, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            long job = teamLead.json("POST", "/api/allocations", "{\"rows\":30,\"sampleId\":" + sample + "}", 202).get("id").asLong();
            teamLead.await("/api/allocations/" + job, j -> j.get("status").asText().equals("FINISHED"), Duration.ofSeconds(60));
            before = BackupRestoreTest.state(running);

            // As docs/web.md says: the dump first, then the files.
            Path dump = work.resolve("inspection-planner.dump");
            String pgPort = String.valueOf(PostgresServer.get().getPort());
            run("pg_dump", "-Fc", "-h", "localhost", "-p", pgPort, "-U", "postgres", "-d", "backup_source", "-f", dump.toString());
            copyTree(sourceDir.resolve("files"), restoredDir.resolve("files"));

            sql("create database backup_restored");
            run("pg_restore", "-h", "localhost", "-p", pgPort, "-U", "postgres", "-d", "backup_restored", dump.toString());
        }
        try (ConfigurableApplicationContext restored = start("backup_restored", restoredDir)) {
            assertThat(BackupRestoreTest.state(restored)).isEqualTo(before);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String read(File file) {
        try {
            return Files.readString(file.toPath());
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
