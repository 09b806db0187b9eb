package org.inspectionplanner.web.restart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.web.InspectionPlannerApplication;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stored work survives the service stopping: a sample, and a solving job stopped mid-way, which
 * the next start finds INTERRUPTED with its last best plan, ready to solve on. Runs on each database.
 */
abstract class RestartTest {

    /** The datasource properties of a database that outlives one application context. */
    abstract List<String> databaseProperties();

    abstract String jdbcUrl();

    String[] profiles() {
        return new String[] {"demo"};
    }

    private ConfigurableApplicationContext start() {
        List<String> properties = new ArrayList<>(databaseProperties());
        properties.add("server.port=0");
        properties.add("inspection-planner.solve-time-limit=120s");
        properties.add("inspection-planner.load-demo-data=false");
        return new SpringApplicationBuilder(InspectionPlannerApplication.class, TestDoubles.class)
                .profiles(profiles())
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)); // command-line precedence
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aSampleAndAnInterruptedSolveSurviveARestart() throws Exception {
        long sampleId;
        long jobId;
        String sampleCsv;
        String dataDir;
        try (ConfigurableApplicationContext first = start()) {
            dataDir = first.getEnvironment().getProperty("inspection-planner.data-dir");
            ApiClient planner = new ApiClient(port(first), "planner", "demo-planner");
            ApiClient teamLead = new ApiClient(port(first), "teamlead", "demo-teamlead");
            long dataset = planner.upload("CASELOAD", "caseload.csv", Fixtures.caseloadCsv(40));
            sampleId = planner.json("POST", "/api/samples", "{\"datasetId\":" + dataset + ",\"size\":10}", 202).get("id").asLong();
            planner.await("/api/samples/" + sampleId, s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(60));
            sampleCsv = new String(planner.send("GET", "/api/samples/" + sampleId + "/files/sample.csv", null, null).body(),
                    StandardCharsets.UTF_8);

            jobId = teamLead.json("POST", "/api/allocations", "{\"rows\":400}", 202).get("id").asLong();
            teamLead.await("/api/allocations/" + jobId, j -> j.get("improvements").asInt() > 0 && j.get("live").asBoolean(),
                    Duration.ofSeconds(90));
        } // the service stops while the job is solving

        // A clean stop marks the job interrupted itself; put it back as a killed process leaves it
        // (SOLVING), so that the next start's recovery is what is tested.
        String scoreBefore;
        try (Connection c = DriverManager.getConnection(jdbcUrl())) {
            try (PreparedStatement s = c.prepareStatement("select status, best_score from solve_job where id = ?")) {
                s.setLong(1, jobId);
                ResultSet rs = s.executeQuery();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("INTERRUPTED");
                scoreBefore = rs.getString(2);
            }
            try (PreparedStatement s = c.prepareStatement("update solve_job set status = 'SOLVING' where id = ?")) {
                s.setLong(1, jobId);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            // ...with the report of its last save, written while it was solving (issue 14).
            try (PreparedStatement s = c.prepareStatement(
                    "select location from stored_file where owner_type = 'JOB' and owner_id = ? and name = 'report.json'")) {
                s.setLong(1, jobId);
                ResultSet rs = s.executeQuery();
                assertThat(rs.next()).isTrue();
                Path report = Path.of(dataDir, "files", rs.getString(1));
                Files.writeString(report, Files.readString(report).replace("\"INTERRUPTED\"", "\"SOLVING\""));
                assertThat(Files.readString(report)).contains("\"SOLVING\"");
            }
        }
        assertThat(scoreBefore).isNotBlank();

        try (ConfigurableApplicationContext second = start()) {
            ApiClient planner = new ApiClient(port(second), "planner", "demo-planner");
            ApiClient teamLead = new ApiClient(port(second), "teamlead", "demo-teamlead");
            JsonNode sample = planner.json("GET", "/api/samples/" + sampleId, null, 200);
            assertThat(sample.get("status").asText()).isEqualTo("DONE");
            assertThat(new String(planner.send("GET", "/api/samples/" + sampleId + "/files/sample.csv", null, null).body(),
                    StandardCharsets.UTF_8)).isEqualTo(sampleCsv);

            JsonNode job = teamLead.json("GET", "/api/allocations/" + jobId, null, 200);
            assertThat(job.get("status").asText()).isEqualTo("INTERRUPTED");
            assertThat(job.get("live").asBoolean()).isFalse();
            assertThat(job.get("bestScore").asText()).isEqualTo(scoreBefore);
            String report = new String(teamLead.send("GET", "/api/allocations/" + jobId + "/files/report.json", null, null).body(),
                    StandardCharsets.UTF_8);
            assertThat(report).contains("INTERRUPTED").doesNotContain("SOLVING");
            String plan = new String(teamLead.send("GET", "/api/allocations/" + jobId + "/files/allocation.csv", null, null).body(),
                    StandardCharsets.UTF_8);
            assertThat(plan.lines()).hasSize(401).allSatisfy(line -> assertThat(line).doesNotMatch("r\\d+,,.*"));

            teamLead.json("PUT", "/api/allocations/" + jobId + "/pins/r3", null, 200);
            teamLead.json("POST", "/api/allocations/" + jobId + "/solver", null, 202);
            teamLead.await("/api/allocations/" + jobId, j -> j.get("status").asText().equals("SOLVING"), Duration.ofSeconds(60));
            teamLead.json("DELETE", "/api/allocations/" + jobId + "/solver", null, 200);
            JsonNode stopped = teamLead.await("/api/allocations/" + jobId, j -> j.get("status").asText().equals("STOPPED"),
                    Duration.ofSeconds(60));
            assertThat(stopped.get("pins").get(0).asText()).isEqualTo("r3");
            String r3Before = plan.lines().filter(l -> l.startsWith("r3,")).findFirst().orElseThrow().split(",")[1];
            String after = new String(teamLead.send("GET", "/api/allocations/" + jobId + "/files/allocation.csv", null, null).body(),
                    StandardCharsets.UTF_8);
            assertThat(after.lines()).contains("r3," + r3Before + ",true");
            JsonNode audit = new ApiClient(port(second), "demo-admin", "demo-admin").json("GET", "/api/audit?action=PIN", null, 200);
            assertThat(audit.get(0).get("target").asText()).isEqualTo("allocation:" + jobId);
        }
    }
}
