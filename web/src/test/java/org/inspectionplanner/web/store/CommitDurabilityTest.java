package org.inspectionplanner.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded store's own URL, as application.yml configures it: a separate JVM commits rows one at
 * a time and prints an acknowledgement after each; it is killed with SIGKILL the moment the last
 * acknowledgement arrives, five times over. Every acknowledged row must be there. (H2's default,
 * WRITE_DELAY 500 ms, lost 12 of 15 such rows when this was measured.) KillNineTest does the same
 * through the whole service; this shows the store setting alone, in seconds.
 */
class CommitDurabilityTest {

    @TempDir
    Path work;

    /** The child: commits three rows, acknowledging each on stdout, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        SyncFilePath.register();
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("create table if not exists acknowledged (id int primary key)");
            for (int i = 0; i < 3; i++) {
                c.createStatement().execute("insert into acknowledged values (" + i + ")");
                System.out.println("ack " + i);
                System.out.flush();
            }
            Thread.sleep(60_000);
        }
    }

    private static String configuredUrl(Path dataDir) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // the default document only, not the postgres profile's
        yaml.setDocumentMatchers(p -> p.containsKey("spring.config.activate.on-profile")
                ? org.springframework.beans.factory.config.YamlProcessor.MatchStatus.NOT_FOUND
                : org.springframework.beans.factory.config.YamlProcessor.MatchStatus.FOUND);
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.datasource.url").replace("${inspection-planner.data-dir}", dataDir.toString());
    }

    @Test
    void everyAcknowledgedCommitSurvivesKillNine() throws Exception {
        int lost = 0;
        for (int run = 0; run < 5; run++) {
            Path dataDir = work.resolve("run-" + run);
            String url = configuredUrl(dataDir);
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CommitDurabilityTest.class.getName(), url))
                    .redirectErrorStream(true).start();
            int acks = 0;
            StringBuilder output = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                // stop reading at the third acknowledgement: one more readLine would wait out the child's sleep,
                // and a kill a minute later would find even a delayed write on disk
                String line;
                while (acks < 3 && (line = in.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("ack ")) {
                        acks++;
                    }
                }
                child.destroyForcibly(); // SIGKILL right after the third acknowledgement
            }
            child.waitFor();
            assertThat(acks).as(output.toString()).isEqualTo(3);
            SyncFilePath.register();
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from acknowledged")) {
                rs.next();
                lost += 3 - rs.getInt(1);
            } catch (java.sql.SQLException e) {
                lost += 3; // not even the table survived
            }
        }
        assertThat(lost).as("acknowledged rows lost to kill -9 in 5 runs with " + configuredUrl(work)).isZero();
    }
}
