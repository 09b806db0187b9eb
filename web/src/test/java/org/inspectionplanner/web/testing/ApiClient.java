package org.inspectionplanner.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

/** A small HTTP client for tests against a real port, signed in with HTTP Basic. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    public ApiClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public JsonNode json(String method, String path, String jsonBody, int expectedStatus) throws IOException {
        HttpResponse<byte[]> response = send(method, path, jsonBody == null ? null : "application/json",
                jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(method + " " + path + ": " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length == 0 ? null : JSON.readTree(response.body());
    }

    public long upload(String kind, String fileName, byte[] content) throws IOException {
        HttpResponse<byte[]> response = sendUpload(kind, fileName, content);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body()).get("id").asLong();
    }

    /** Posts a multipart upload and returns the response whatever its status. */
    public HttpResponse<byte[]> sendUpload(String kind, String fileName, byte[] content) throws IOException {
        String boundary = "----test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send("POST", "/api/datasets", "multipart/form-data; boundary=" + boundary, body);
    }

    public JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(end)) {
            last = json("GET", path, null, 200);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting on " + path + ": " + last);
    }
}
