package org.inspectionplanner.web.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.web.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, finding 2, under load: 20 planners at once each upload the demo caseload (5,858 cases,
 * 1.1 MB), create a sample of it with the real sampler, poll it until it is DONE, and list the
 * datasets, over loopback against the real service. No request may fail, the 95th percentile of
 * all requests must stay under 2 s, and every sample must end DONE. Bounded: the whole test has
 * 60 s. It prints the figures per request type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:load-test;DB_CLOSE_DELAY=-1",
        "inspection-planner.load-demo-data=false"})
@ActiveProfiles("demo")
class UploadAndSampleLoadTest {

    private static final int USERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final Map<String, List<Long>> millis = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyPlannersUploadAndSampleAtOnceWithoutErrorsAndQuickly() throws Exception {
        DemoData demo = DemoData.small();
        StringBuilder csv = new StringBuilder();
        CaseloadCsv.write(new Caseload("demo-caseload.csv", List.of(), demo.caseload()), csv);
        byte[] caseload = csv.toString().getBytes(StandardCharsets.UTF_8);
        DemoData.PlannedFieldwork plan = demo.fieldworkPlan().get(0);
        String parameters = ",\"method\":\"pdu-cohort\",\"pdu\":\"" + plan.pdu() + "\",\"fieldworkStart\":\""
                + plan.fieldworkStart() + "\",\"seed\":1}";

        // Warm-up, not counted: one upload and one sample, so the figures are of a running service.
        ApiClient warm = new ApiClient(port, "planner", "demo-planner");
        long warmId = warm.upload("CASELOAD", "warm-up.csv", caseload);
        long warmSample = warm.json("POST", "/api/samples", "{\"datasetId\":" + warmId + parameters, 202).get("id").asLong();
        warm.await("/api/samples/" + warmSample, s -> !s.get("status").asText().matches("QUEUED|RUNNING"),
                java.time.Duration.ofSeconds(20));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<String>> outcomes = new ArrayList<>();
        long began = System.nanoTime();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            outcomes.add(users.submit(() -> {
                ApiClient planner = new ApiClient(port, "planner", "demo-planner");
                start.await();
                HttpResponse<byte[]> uploaded = timed("upload", () -> planner.sendUpload("CASELOAD", "caseload-" + user + ".csv", caseload));
                if (uploaded == null || uploaded.statusCode() != 201) {
                    return "no upload";
                }
                long datasetId = JSON.readTree(uploaded.body()).get("id").asLong();
                HttpResponse<byte[]> created = timed("create sample", () -> planner.send("POST", "/api/samples",
                        "application/json", ("{\"datasetId\":" + datasetId + parameters).getBytes(StandardCharsets.UTF_8)));
                if (created == null || created.statusCode() != 202) {
                    return "no sample";
                }
                String path = "/api/samples/" + JSON.readTree(created.body()).get("id").asLong();
                while (true) {
                    Thread.sleep(200);
                    HttpResponse<byte[]> polled = timed("poll sample", () -> planner.send("GET", path, null, null));
                    timed("list datasets", () -> planner.send("GET", "/api/datasets", null, null));
                    if (polled == null) {
                        return "poll failed";
                    }
                    JsonNode sample = JSON.readTree(polled.body());
                    String status = sample.path("status").asText();
                    if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                        return status;
                    }
                }
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        users.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Long> all = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "load: %d planners, %.1f s%n%-14s %8s %8s %8s %8s%n", USERS, seconds, "request", "count", "p50 ms", "p95 ms", "max ms"));
        new TreeMap<>(millis).forEach((type, values) -> {
            all.addAll(values);
            table.append(String.format(Locale.ROOT, "%-14s %8d %8d %8d %8d%n", type, values.size(),
                    percentile(values, 0.50), percentile(values, 0.95), percentile(values, 1.0)));
        });
        table.append(String.format(Locale.ROOT, "%-14s %8d %8d %8d %8d%n", "all", all.size(),
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 1.0)));
        System.out.print(table);

        assertThat(errors).as("failed requests").isEmpty();
        assertThat(statuses).as("every sample DONE").containsOnly("DONE").hasSize(USERS);
        assertThat(percentile(all, 0.95)).as("p95 of all requests, ms\n" + table).isLessThan(2000);
    }

    private interface Call {
        HttpResponse<byte[]> send() throws Exception;
    }

    private HttpResponse<byte[]> timed(String type, Call call) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = call.send();
            millis.computeIfAbsent(type, t -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - t0) / 1_000_000);
            if (response.statusCode() >= 400) {
                errors.add(type + ": " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        } catch (Exception e) {
            errors.add(type + ": " + e);
            return null;
        }
    }

    private static long percentile(List<Long> values, double q) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
