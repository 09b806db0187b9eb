package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.inspectionplanner.web.testing.ApiClient;
import org.inspectionplanner.web.testing.Fixtures;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, finding 6 (and the unknown kind of finding 7): each bad request the attacker tried
 * answers 400 (or 413/415) as an RFC 9457 problem in JSON naming what is wrong, never a 500 and
 * never Tomcat's HTML page. Over a real port, because Tomcat itself refuses some of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bad-requests;DB_CLOSE_DELAY=-1",
        "inspection-planner.load-demo-data=false"})
@ActiveProfiles("demo")
@Import(TestDoubles.class)
class BadRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLANNER = "Basic " + Base64.getEncoder().encodeToString("planner:demo-planner".getBytes());

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        return send(PLANNER, method, path, contentType, body);
    }

    private HttpResponse<String> send(String authorization, String method, String path, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts a problem in JSON with the status, and returns it. */
    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }

    private static byte[] multipart(String kind, String fileName, byte[] content) {
        String head = "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return all;
    }

    /**
     * A black-box review: TRACE got a 405 saying "its address or form is not valid". A method an address does not
     * answer is a 405 problem in words naming the methods it does, over a real port (Tomcat refuses TRACE itself).
     */
    @Test
    void anUnsupportedMethodIsA405ProblemNamingTheAllowedMethods() throws Exception {
        for (String path : List.of("/api/samples", "/api/nothing", "/login")) {
            HttpResponse<String> trace = send("TRACE", path, null, null);
            JsonNode problem = problem(trace, 405);
            assertThat(problem.get("title").asText()).isEqualTo("Method not allowed");
            assertThat(problem.get("detail").asText()).startsWith("The service does not answer TRACE at any address; use ")
                    .contains("GET").contains("POST").endsWith(", as the address allows.");
            assertThat(problem.get("instance").asText()).isEqualTo(path);
            assertThat(trace.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET").doesNotContain("TRACE"));
        }
        JsonNode madeUp = problem(send("BREW", "/api/samples", null, null), 405);
        assertThat(madeUp.get("detail").asText()).startsWith("The service does not answer BREW at any address; use DELETE, GET, HEAD,");
        HttpResponse<String> patch = send("PATCH", "/api/samples", "application/json", "{}".getBytes());
        assertThat(problem(patch, 405).get("detail").asText()).isEqualTo("This address does not answer PATCH; it answers GET and POST.");
        assertThat(patch.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET", "POST"));
        HttpResponse<String> put = send("PUT", "/api/me", "application/json", "{}".getBytes());
        assertThat(problem(put, 405).get("detail").asText()).startsWith("This address does not answer PUT; it answers GET");
    }

    @Test
    void aCsvOf200000ColumnsIsA400NamingTheHeader() throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            csv.append(i == 0 ? "" : ",").append("c").append(i);
        }
        csv.append("\r\n");
        JsonNode problem = problem(send("POST", "/api/datasets", "multipart/form-data; boundary=b",
                multipart("CASELOAD", "wide.csv", csv.toString().getBytes(StandardCharsets.UTF_8))), 400);
        assertThat(problem.get("problems").get(0).asText()).startsWith("wide.csv:1:").contains("columns");
    }

    @Test
    void aMalformedMultipartBodyIsA400() throws Exception {
        JsonNode broken = problem(send("POST", "/api/datasets", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nno end".getBytes()), 400);
        assertThat(broken.get("detail").asText()).contains("multipart");
        JsonNode noFile = problem(send("POST", "/api/datasets", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nCASELOAD\r\n--b--\r\n".getBytes()), 400);
        assertThat(noFile.get("detail").asText()).contains("'file'");
        problem(send("POST", "/api/datasets", "text/csv", "a,b\r\n".getBytes()), 415);
    }

    @Test
    void anUnknownKindListsTheValidKinds() throws Exception {
        JsonNode problem = problem(send("POST", "/api/datasets", "multipart/form-data; boundary=b",
                multipart("caseload-extract", "c.csv", Fixtures.caseloadCsv(3))), 400);
        assertThat(problem.get("detail").asText()).startsWith("kind: 'caseload-extract' is not one of ")
                .contains("CASELOAD").contains("INSPECTORS").contains("INSPECTIONS").contains("CAPACITY").contains("CALENDAR");
    }

    @Test
    void aFiveMegabytePduIsA400NamingTheFieldWithoutEchoingIt() throws Exception {
        long dataset = new ApiClient(port, "planner", "demo-planner").upload("CASELOAD", "c.csv", Fixtures.caseloadCsv(20));
        String pdu = "P".repeat(5 * 1024 * 1024);
        HttpResponse<String> response = send("POST", "/api/samples", "application/json",
                ("{\"datasetId\":" + dataset + ",\"pdu\":\"" + pdu + "\"}").getBytes(StandardCharsets.UTF_8));
        JsonNode problem = problem(response, 400);
        assertThat(problem.get("problems").get(0).asText()).startsWith("pdu:").contains("5,242,880 characters");
        assertThat(response.body().length()).isLessThan(2000);
    }

    @Test
    void aDateOutsideTheSaneRangeIsA400BeforeAnythingIsQueued() throws Exception {
        ApiClient planner = new ApiClient(port, "planner", "demo-planner");
        long dataset = planner.upload("CASELOAD", "c.csv", Fixtures.caseloadCsv(20));
        int before = planner.json("GET", "/api/samples", null, 200).size();
        JsonNode problem = problem(send("POST", "/api/samples", "application/json",
                ("{\"datasetId\":" + dataset + ",\"fieldworkStart\":\"-999999999-01-01\"}").getBytes()), 400);
        assertThat(problem.get("problems").get(0).asText()).startsWith("fieldworkStart:").contains("1900").contains("2100");
        String teamLead = "Basic " + Base64.getEncoder().encodeToString("teamlead:demo-teamlead".getBytes());
        JsonNode allocation = problem(send(teamLead, "POST", "/api/allocations", "application/json",
                "{\"sampleId\":1,\"fieldworkStart\":\"+99999-01-01\"}".getBytes()), 400);
        assertThat(allocation.get("problems").get(0).asText()).startsWith("fieldworkStart:");
        assertThat(planner.json("GET", "/api/samples", null, 200).size()).isEqualTo(before);
        // A body that is not JSON at all, and a field of the wrong type, are problems too.
        problem(send("POST", "/api/samples", "application/json", "{not json".getBytes()), 400);
    }

    @Test
    void encodedSlashesAndOtherRefusedAddressesAreProblemsNotTomcatPages() throws Exception {
        for (String path : new String[] {"/api/datasets/1%2F..%2F2", "/api/samples/1%2f2/files/x", "/api/datasets/1;x=y",
                "/api/datasets/%2e%2e/%2e%2e/etc", "/api/datasets/1%5C2", "/api/datasets/%00"}) {
            HttpResponse<String> response = send("GET", path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).doesNotContain("<html").doesNotContain("Tomcat");
        }
    }
}
