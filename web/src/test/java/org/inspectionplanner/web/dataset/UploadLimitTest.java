package org.inspectionplanner.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Over a real port, since the limit is enforced by the servlet container's multipart parsing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:upload-limit;DB_CLOSE_DELAY=-1",
        "inspection-planner.upload-limit=4KB",
        "inspection-planner.load-demo-data=false"})
@ActiveProfiles("demo")
@Import(TestDoubles.class)
class UploadLimitTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> upload(byte[] file) throws Exception {
        String boundary = "----limit-test";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nCASELOAD\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file, tail.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("planner:demo-planner".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFileOverTheLimitIsA413Problem() throws Exception {
        HttpResponse<String> response = upload(Fixtures.caseloadCsv(200));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("larger than the upload limit of 4 KB").contains("\"limitBytes\":4096");
    }

    @Test
    void aFileUnderTheLimitIsAccepted() throws Exception {
        assertThat(upload(Fixtures.caseloadCsv(3)).statusCode()).isEqualTo(201);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
