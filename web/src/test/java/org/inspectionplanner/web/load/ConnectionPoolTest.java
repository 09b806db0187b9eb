package org.inspectionplanner.web.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, finding 2: an upload must never hold one pooled connection while waiting for another.
 * The audit entry used to open its own transaction inside the upload's, so with as many uploads at
 * once as the pool has connections, each held one and waited for a second until the pool's timeout
 * (500). Here the pool has 2 connections and a 3 s timeout, and 12 uploads arrive at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pool-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=3000",
        "inspection-planner.load-demo-data=false"})
@ActiveProfiles("demo")
@Import(TestDoubles.class)
class ConnectionPoolTest {

    @LocalServerPort
    int port;

    @Test
    void uploadsAtOnceBeyondThePoolSizeAllSucceed() throws Exception {
        ApiClient planner = new ApiClient(port, "planner", "demo-planner");
        byte[] csv = Fixtures.caseloadCsv(150);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<HttpResponse<byte[]>>> uploads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "caseload-" + i + ".csv";
                uploads.add(pool.submit(() -> planner.sendUpload("CASELOAD", name, csv)));
            }
            for (Future<HttpResponse<byte[]>> upload : uploads) {
                HttpResponse<byte[]> response = upload.get();
                assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(planner.json("GET", "/api/datasets", null, 200).size()).isEqualTo(12);
    }
}
