import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of the web service (localhost only, bounded): N users for S seconds each create a
 * sample of a caseload dataset and poll it until it is done, then start again. Prints requests,
 * errors and p50/p95/p99 latency per request type, first for one user alone (the baseline) and
 * then under load, with the load figures as ratios of the baseline.
 *
 * Run with the JDK's single-file launcher (no build needed):
 *   java scripts/LoadTest.java --dataset ID --params '{"method":"PDU_COHORT",...}' [--users 20] [--seconds 60]
 *        [--base http://localhost:8080] [--user planner --password demo-planner]
 */
public class LoadTest {

    static final int MAX_USERS = 100;
    static final int MAX_SECONDS = 600;

    record Sample(String type, long nanos, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        String user = "planner";
        String password = "demo-planner";
        String params = null;
        long dataset = -1;
        int users = 20;
        int seconds = 60;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--base" -> base = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--params" -> params = value.startsWith("@") ? Files.readString(Path.of(value.substring(1))) : value;
                case "--dataset" -> dataset = Long.parseLong(value);
                case "--users" -> users = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                default -> fail("unknown option " + args[i]);
            }
        }
        String host = URI.create(base).getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host) && !"::1".equals(host)) {
            fail("load tests run against localhost only, not " + host);
        }
        if (users < 1 || users > MAX_USERS || seconds < 1 || seconds > MAX_SECONDS) {
            fail("users must be 1.." + MAX_USERS + " and seconds 1.." + MAX_SECONDS);
        }
        if (dataset < 0 || params == null) {
            fail("--dataset and --params are required");
        }
        String body = params.trim().replaceFirst("^\\{", "{\"datasetId\":" + dataset + (params.trim().equals("{}") ? "" : ","));
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        System.out.printf(Locale.ROOT, "warm-up: 1 user for %d s (not counted)%n", Math.min(seconds, 5));
        run(base, auth, body, 1, Math.min(seconds, 5));
        System.out.printf(Locale.ROOT, "baseline: 1 user for %d s%n", Math.min(seconds, 10));
        List<Sample> baseline = run(base, auth, body, 1, Math.min(seconds, 10));
        System.out.printf(Locale.ROOT, "load: %d users for %d s%n", users, seconds);
        List<Sample> load = run(base, auth, body, users, seconds);
        report(baseline, load, seconds);
        if (load.stream().anyMatch(s -> !s.ok())) {
            System.exit(1);
        }
    }

    static List<Sample> run(String base, String auth, String body, int users, int seconds) throws InterruptedException {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            pool.execute(() -> userLoop(base, auth, body, deadline, samples));
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        return new ArrayList<>(samples);
    }

    /** One user: create a sample, poll it until DONE or FAILED, repeat until the deadline. */
    static void userLoop(String base, String auth, String body, long deadline, List<Sample> samples) {
        // Basic credentials go with every request and are checked on each (issue 14: the service
        // remembers a correct check for 10 minutes, so only the first costs a BCrypt check).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        // Sign in once, as a person does: the BCrypt check happens here, not in the timed requests.
        call(http, HttpRequest.newBuilder(URI.create(base + "/api/me")).header("Authorization", auth).GET(), "sign-in", samples);
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
        Pattern status = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> created = call(http, HttpRequest.newBuilder(URI.create(base + "/api/samples"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), "create", samples);
            if (created == null || created.statusCode() != 202) {
                sleep(200);
                continue;
            }
            Matcher m = id.matcher(created.body());
            if (!m.find()) {
                continue;
            }
            String path = base + "/api/samples/" + m.group(1);
            while (System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(60)) {
                sleep(200);
                HttpResponse<String> polled = call(http, HttpRequest.newBuilder(URI.create(path)).header("Authorization", auth).GET(),
                        "poll", samples);
                if (polled == null || polled.statusCode() != 200) {
                    break;
                }
                Matcher s = status.matcher(polled.body());
                String state = s.find() ? s.group(1) : "?";
                if (state.equals("DONE")) {
                    break;
                }
                if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                    samples.add(new Sample("sample " + state, 0, false));
                    break;
                }
            }
        }
    }

    static HttpResponse<String> call(HttpClient http, HttpRequest.Builder request, String type, List<Sample> samples) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() < 400;
            samples.add(new Sample(type, System.nanoTime() - start, ok));
            if (!ok) {
                System.err.println(type + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (Exception e) {
            samples.add(new Sample(type, System.nanoTime() - start, false));
            System.err.println(type + ": " + e);
            return null;
        }
    }

    static void report(List<Sample> baseline, List<Sample> load, int seconds) {
        System.out.printf(Locale.ROOT, "%-8s %9s %7s %9s %9s %9s %14s%n", "type", "requests", "errors", "p50 ms", "p95 ms",
                "p99 ms", "p95 vs 1 user");
        for (String type : List.of("sign-in", "create", "poll")) {
            double[] one = percentiles(baseline, type);
            double[] many = percentiles(load, type);
            long requests = load.stream().filter(s -> s.type().equals(type)).count();
            long errors = load.stream().filter(s -> s.type().equals(type) && !s.ok()).count();
            System.out.printf(Locale.ROOT, "%-8s %9d %7d %9.1f %9.1f %9.1f %13.2fx%n", type, requests, errors, many[0], many[1],
                    many[2], one[1] > 0 ? many[1] / one[1] : Double.NaN);
        }
        long failedSamples = load.stream().filter(s -> s.type().startsWith("sample ")).count();
        AtomicLong total = new AtomicLong(load.stream().filter(s -> !s.type().startsWith("sample ")).count());
        long errors = load.stream().filter(s -> !s.ok()).count();
        System.out.printf(Locale.ROOT, "total: %d requests (%.1f/s), %d errors (%d samples not DONE)%n", total.get(),
                total.get() / (double) seconds, errors, failedSamples);
    }

    static double[] percentiles(List<Sample> samples, String type) {
        long[] nanos = samples.stream().filter(s -> s.type().equals(type) && s.ok()).mapToLong(Sample::nanos).sorted().toArray();
        if (nanos.length == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99)};
    }

    static double at(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void fail(String message) {
        System.err.println("load-test: " + message);
        System.exit(2);
    }
}
