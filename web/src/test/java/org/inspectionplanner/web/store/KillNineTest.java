package org.inspectionplanner.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.web.files.Sha256;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.JavaProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 finding 1: every write the service acknowledged survives {@code kill -9}. For each kind of
 * write (dataset upload, user change, sample creation, sample completion, job creation, a saved best
 * plan, a pin, and the audit entry each makes) the server, a separate JVM started as {@code java -jar}
 * starts it, answers, is killed with SIGKILL at most 50 ms after the answer arrived, and is started
 * again: the write is there, intact. Runs on each store.
 */
abstract class KillNineTest {

    private static final long KILL_WITHIN_MILLIS = 50;

    @TempDir
    Path work;

    private Process server;
    private int port;
    private int starts;

    /** Server options naming the database (the data directory is added). */
    abstract List<String> storeOptions();

    abstract String profiles();

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.profiles.active=" + profiles(),
                "--inspection-planner.data-dir=" + work.resolve("var"), "--inspection-planner.solve-time-limit=120s",
                "--logging.level.root=WARN"));
        args.addAll(storeOptions());
        File log = work.resolve("server-" + (++starts) + ".log").toFile();
        server = JavaProcess.of(List.of("-Xmx1g"), args.toArray(String[]::new))
                .redirectErrorStream(true).redirectOutput(log).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(420).toNanos(); // generous: a shared CI machine can be slow
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as(() -> "the server stopped: " + read(log)).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + read(log));
    }

    /** SIGKILL at most 50 ms after {@code acknowledgedAt} (System.nanoTime of the answer), then a fresh start. */
    private void killAndRestart(long acknowledgedAt) throws Exception {
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        long millis = (System.nanoTime() - acknowledgedAt) / 1_000_000;
        assertThat(millis).as("killed %d ms after the answer", millis).isLessThanOrEqualTo(KILL_WITHIN_MILLIS);
        server.waitFor();
        start();
    }

    private ApiClient as(String user, String password) {
        return new ApiClient(port, user, password);
    }

    private static boolean audited(ApiClient admin, String action, String target) throws Exception {
        for (JsonNode e : admin.json("GET", "/api/audit?action=" + action + "&limit=5000", null, 200)) {
            if (e.path("target").asText().equals(target)) {
                return true;
            }
        }
        return false;
    }

    /** Polls until the condition holds and returns the answer that showed it, with the time it arrived. */
    private static Answer awaitAnswer(ApiClient client, String path, Predicate<JsonNode> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            last = client.json("GET", path, null, 200);
            long at = System.nanoTime();
            if (condition.test(last)) {
                return new Answer(last, at);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out on " + path + ": " + last);
    }

    private record Answer(JsonNode body, long at) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        start();
        ApiClient planner = as("planner", "demo-planner");
        ApiClient teamLead = as("teamlead", "demo-teamlead");
        ApiClient admin = as("demo-admin", "demo-admin");

        // A dataset upload.
        byte[] caseload = Fixtures.caseloadCsv(80);
        long dataset = planner.upload("CASELOAD", "fault.csv", caseload);
        killAndRestart(System.nanoTime());
        planner = as("planner", "demo-planner");
        teamLead = as("teamlead", "demo-teamlead");
        admin = as("demo-admin", "demo-admin");
        assertThat(planner.json("GET", "/api/datasets/" + dataset, null, 200).get("sha256").asText()).isEqualTo(Sha256.hex(caseload));
        assertThat(audited(admin, "UPLOAD", "dataset:" + dataset)).isTrue();

        // A user change.
        long user = admin.json("POST", "/api/users", "{\"username\":\"fault-user\",\"password\":\"Quarry-Wicket-58-Heron\","
                + "\"role\":\"PLANNER\"}", 201).get("id").asLong();
        admin.json("PATCH", "/api/users/" + user, "{\"enabled\":false}", 200);
        killAndRestart(System.nanoTime());
        admin = as("demo-admin", "demo-admin");
        assertThat(admin.json("GET", "/api/users/" + user, null, 200).get("enabled").asBoolean()).isFalse();
        assertThat(audited(admin, "USER_CHANGED", "user:" + user)).isTrue();

        // A sample's creation (202): after the kill it is there, interrupted.
        DemoData.PlannedFieldwork fieldwork = DemoData.small().fieldworkPlan().get(0);
        long demoCaseload = datasetOfKind(as("planner", "demo-planner"), "CASELOAD");
        String sampleRequest = "{\"datasetId\":" + demoCaseload + ",\"method\":\"pdu-cohort\",\"pdu\":\"" + fieldwork.pdu()
                + "\",\"fieldworkStart\":\"" + fieldwork.fieldworkStart() + "\",\"seed\":7}";
        long created = as("planner", "demo-planner").json("POST", "/api/samples", sampleRequest, 202).get("id").asLong();
        killAndRestart(System.nanoTime());
        planner = as("planner", "demo-planner");
        admin = as("demo-admin", "demo-admin");
        assertThat(planner.json("GET", "/api/samples/" + created, null, 200).get("datasetId").asLong()).isEqualTo(demoCaseload);
        assertThat(audited(admin, "SAMPLE", "sample:" + created)).isTrue();

        // A sample's completion: DONE with its files, as the answer listed them.
        long sample = planner.json("POST", "/api/samples", sampleRequest, 202).get("id").asLong();
        Answer done = awaitAnswer(planner, "/api/samples/" + sample, s -> s.get("status").asText().matches("DONE|FAILED"));
        killAndRestart(done.at());
        planner = as("planner", "demo-planner");
        assertThat(done.body().get("status").asText()).isEqualTo("DONE");
        JsonNode after = planner.json("GET", "/api/samples/" + sample, null, 200);
        assertThat(after.get("status").asText()).isEqualTo("DONE");
        assertThat(after.get("summary")).isEqualTo(done.body().get("summary"));
        assertFilesIntact(planner, "/api/samples/" + sample, done.body().get("files"));

        // A job's creation (202).
        teamLead = as("teamlead", "demo-teamlead");
        String allocationRequest = "{\"sampleId\":" + sample + ",\"rosterDatasetId\":" + datasetOfKind(teamLead, "INSPECTORS") + "}";
        long job = teamLead.json("POST", "/api/allocations", allocationRequest, 202).get("id").asLong();
        killAndRestart(System.nanoTime());
        teamLead = as("teamlead", "demo-teamlead");
        admin = as("demo-admin", "demo-admin");
        assertThat(teamLead.json("GET", "/api/allocations/" + job, null, 200).get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(audited(admin, "SOLVE", "allocation:" + job)).isTrue();

        // A saved best plan: solving on until the answer shows an improvement, then the kill.
        teamLead.json("POST", "/api/allocations/" + job + "/solver", null, 202);
        Answer best = awaitAnswer(teamLead, "/api/allocations/" + job,
                j -> j.get("improvements").asInt() > 0 && j.hasNonNull("bestScore") && j.path("files").size() > 0);
        killAndRestart(best.at());
        teamLead = as("teamlead", "demo-teamlead");
        JsonNode solved = teamLead.json("GET", "/api/allocations/" + job, null, 200);
        assertThat(solved.get("improvements").asInt()).isGreaterThanOrEqualTo(best.body().get("improvements").asInt());
        assertThat(solved.get("bestScore").isNull()).isFalse();
        assertFilesIntact(teamLead, "/api/allocations/" + job, solved.get("files"));

        // A pin.
        String csv = new String(teamLead.send("GET", "/api/allocations/" + job + "/files/allocation.csv", null, null).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        String row = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0].replace("\"", "");
        teamLead.json("PUT", "/api/allocations/" + job + "/pins/" + row, null, 200);
        killAndRestart(System.nanoTime());
        teamLead = as("teamlead", "demo-teamlead");
        admin = as("demo-admin", "demo-admin");
        assertThat(teamLead.json("GET", "/api/allocations/" + job, null, 200).get("pins")).extracting(JsonNode::asText).contains(row);
        assertThat(audited(admin, "PIN", "allocation:" + job)).isTrue();
    }

    /** Every listed file downloads with the size and SHA-256 listed. */
    private static void assertFilesIntact(ApiClient client, String resource, JsonNode files) throws Exception {
        assertThat(files.size()).isPositive();
        for (JsonNode f : files) {
            HttpResponse<byte[]> file = client.send("GET", resource + "/files/" + f.get("name").asText(), null, null);
            assertThat(file.statusCode()).as(f.toString()).isEqualTo(200);
            assertThat(Sha256.hex(file.body())).as(f.get("name").asText()).isEqualTo(f.get("sha256").asText());
        }
    }

    private static long datasetOfKind(ApiClient client, String kind) throws Exception {
        for (JsonNode d : client.json("GET", "/api/datasets", null, 200)) {
            if (d.get("kind").asText().equals(kind) && d.get("uploadedBy").asText().equals("demo-data")) {
                return d.get("id").asLong();
            }
        }
        throw new AssertionError("no demo " + kind + " dataset");
    }

    private static String read(File file) {
        try {
            String text = Files.readString(file.toPath());
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
