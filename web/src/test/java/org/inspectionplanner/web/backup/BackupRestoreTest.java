package org.inspectionplanner.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inspectionplanner.web.InspectionPlannerApplication;
import org.inspectionplanner.web.cli.Cli;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.Sha256;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.JavaProcess;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15 finding 4: upload, sample, solve; back up through the running service (the CLI in its own
 * process); wipe the data directory; restore with the CLI; every row and every file is as it was.
 */
class BackupRestoreTest {

    @TempDir
    Path work;

    private ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(InspectionPlannerApplication.class, TestDoubles.class).profiles("demo")
                .run("--server.port=0", "--inspection-planner.data-dir=" + dataDir, "--inspection-planner.load-demo-data=false",
                        "--inspection-planner.solve-time-limit=2s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Every stored row that matters, and the SHA-256 of every stored file's bytes as read back. */
    static List<String> state(ConfigurableApplicationContext context) {
        JdbcTemplate db = context.getBean(JdbcTemplate.class);
        FileStore files = context.getBean(FileStore.class);
        List<String> state = new ArrayList<>();
        db.queryForList("select id, name, kind, sha256, size_bytes, row_count, summary_json from dataset order by id")
                .forEach(r -> state.add("dataset " + r));
        db.queryForList("select id, dataset_id, status, seed, summary_json from sample order by id").forEach(r -> state.add("sample " + r));
        db.queryForList("select id, kind, status, best_score, improvements from solve_job order by id").forEach(r -> state.add("job " + r));
        db.queryForList("select owner_type, owner_id, name, sha256, size_bytes from stored_file order by owner_type, owner_id, name")
                .forEach(r -> {
                    byte[] bytes = files.get(FileOwner.valueOf((String) r.get("owner_type")), ((Number) r.get("owner_id")).longValue(),
                            (String) r.get("name")).orElseThrow().getContent();
                    state.add("file " + r + " read=" + Sha256.hex(bytes));
                });
        db.queryForList("select username, role, enabled from app_user order by id").forEach(r -> state.add("user " + r));
        return state;
    }

    @Test
    void aBackupTakenWhileTheServiceRunsRestoresEveryItemAndFile() throws Exception {
        Path dataDir = work.resolve("var");
        Path archive = work.resolve("backup.zip");
        List<String> before;
        try (ConfigurableApplicationContext running = start(dataDir)) {
            ApiClient planner = new ApiClient(port(running), "planner", "demo-planner");
            ApiClient teamLead = new ApiClient(port(running), "teamlead", "demo-teamlead");
            long dataset = planner.upload("CASELOAD", "caseload.csv", Fixtures.caseloadCsv(50));
            long sample = planner.json("POST", "/api/samples", "{\"datasetId\":" + dataset + ",\"size\":8}", 202).get("id").asLong();
            planner.await("/api/samples/" + sample, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            long job = teamLead.json("POST", "/api/allocations", "{\"rows\":40,\"sampleId\":" + sample + "}", 202).get("id").asLong();
            teamLead.await("/api/allocations/" + job, j -> j.get("status").asText().equals("FINISHED"), Duration.ofSeconds(60));
            before = state(running);
            assertThat(before).anyMatch(s -> s.startsWith("file {OWNER_TYPE=JOB")).anyMatch(s -> s.startsWith("file {OWNER_TYPE=SAMPLE"))
                    .anyMatch(s -> s.startsWith("file {OWNER_TYPE=DATASET"));

            ProcessBuilder backup = JavaProcess.of(List.of("-Xmx256m"), "backup", "--out", archive.toString(),
                    "--url", "http://localhost:" + port(running), "--user", "demo-admin");
            backup.environment().put("INSPECTION_PLANNER_PASSWORD", "demo-admin");
            File log = work.resolve("backup.log").toFile();
            assertThat(backup.redirectErrorStream(true).redirectOutput(log).start().waitFor())
                    .as(() -> read(log)).isZero();
            assertThat(read(log)).contains("every SHA-256 checked");

            // Straight from the data directory is refused while the service holds it.
            File refused = work.resolve("refused.log").toFile();
            assertThat(JavaProcess.of(List.of("-Xmx256m"), "backup", "--out", work.resolve("x.zip").toString(),
                    "--data-dir", dataDir.toString()).redirectErrorStream(true).redirectOutput(refused).start().waitFor()).isEqualTo(2);
            assertThat(read(refused)).contains("the service is running");
        }

        deleteTree(dataDir);
        assertThat(Cli.newCommandLine().execute("restore", archive.toString(), "--data-dir", dataDir.toString())).isZero();
        assertThat(Cli.newCommandLine().execute("restore", archive.toString(), "--data-dir", dataDir.toString()))
                .as("a second restore over a database needs --replace").isEqualTo(2);

        try (ConfigurableApplicationContext restored = start(dataDir)) {
            assertThat(state(restored)).isEqualTo(before);
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path dataDir = work.resolve("var2");
        Path archive = work.resolve("offline.zip");
        try (ConfigurableApplicationContext running = start(dataDir)) {
            new ApiClient(port(running), "planner", "demo-planner").upload("CASELOAD", "caseload.csv", Fixtures.caseloadCsv(20));
        }
        // With the service stopped, straight from the data directory.
        assertThat(Cli.newCommandLine().execute("backup", "--out", archive.toString(), "--data-dir", dataDir.toString())).isZero();
        byte[] zip = Files.readAllBytes(archive);
        zip[zip.length / 2] ^= 0x55;
        Path damaged = Files.write(work.resolve("damaged.zip"), zip);
        List<String> filesBefore = listing(dataDir.resolve("files"));
        assertThat(Cli.newCommandLine().execute("restore", damaged.toString(), "--data-dir", dataDir.toString(), "--replace"))
                .isEqualTo(2);
        assertThat(listing(dataDir.resolve("files"))).isEqualTo(filesBefore).isNotEmpty();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("inspection-planner") + ";IFEXISTS=TRUE", "sa", "");
                var rs = c.createStatement().executeQuery("select count(*) from dataset")) {
            rs.next();
            assertThat(rs.getInt(1)).isOne();
        }
        assertThat(Cli.newCommandLine().execute("restore", archive.toString(), "--data-dir", dataDir.toString(), "--replace"))
                .isZero();
    }

    private static List<String> listing(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(File file) {
        try {
            return Files.readString(file.toPath());
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

}
