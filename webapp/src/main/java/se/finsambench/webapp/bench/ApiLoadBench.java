package se.finsambench.webapp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API under load: wrk against the benchmark page's API ({@code /api/jamforelse}, every indicator and
 * year the page offers, and every group for the default indicator) and the association profile
 * ({@code /api/forbund/{id}}, every association), at 1, 16 and 64 connections. Each run starts a fresh server,
 * asks every path once in turn (the uncached latency, reported for information), warms up with wrk, then
 * measures. Target (issue 7): p95 ≤ 20 ms at 16 connections and no errors.
 */
final class ApiLoadBench implements WebBenchmark {

    static final String NAME = "api";
    static final List<Integer> CONNECTIONS = List.of(1, 16, 64);
    static final double P95_TARGET_MS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One endpoint under load: a label and the paths wrk cycles through. */
    record Endpoint(String label, List<String> paths) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(BenchSettings settings) throws Exception {
        WrkRunner.requireInstalled();
        WrkRunner wrk = new WrkRunner(settings.work());
        Duration measure = Duration.ofSeconds(settings.quick() ? 3 : 10);
        Duration warmUp = Duration.ofSeconds(settings.quick() ? 1 : 3);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int run = 1; run <= settings.runs(); run++) {
            try (BenchServer server = BenchServer.start(settings.lake(), settings.work())) {
                String base = server.baseUrl();
                for (Endpoint e : endpoints(client, base)) {
                    settings.progress().printf("bench api: run %d/%d, %s (%d paths)%n", run, settings.runs(), e.label(),
                            e.paths().size());
                    List<Double> cold = new ArrayList<>();
                    for (String path : e.paths()) {
                        cold.add(timedGet(client, base + path));
                    }
                    add(samples, order, key(e.label(), "uncached, 1 at a time", "p50 ms"), Stats.median(cold));
                    wrk.run(base, e.paths(), 16, warmUp);
                    for (int c : CONNECTIONS) {
                        WrkResult r = wrk.run(base, e.paths(), c, measure);
                        String subject = e.label() + ", " + c + (c == 1 ? " connection" : " connections");
                        add(samples, order, key(subject, "requests/s"), r.requestsPerSecond());
                        add(samples, order, key(subject, "p50 ms"), r.p50Millis());
                        add(samples, order, key(subject, "p95 ms"), r.p95Millis());
                        add(samples, order, key(subject, "p99 ms"), r.p99Millis());
                        add(samples, order, key(subject, "errors"), (double) r.errors());
                    }
                }
            }
        }
        List<Measurement> out = new ArrayList<>();
        for (String k : order) {
            String[] parts = k.split("\u0000");
            Measurement m = Measurement.of("api load", parts[0], parts[1], samples.get(k));
            if (parts[1].equals("errors")) {
                m = m.against(Measurement.Target.atMost(0));
            } else if (parts[1].equals("p95 ms") && parts[0].endsWith(", 16 connections")) {
                m = m.against(Measurement.Target.atMost(P95_TARGET_MS));
            }
            out.add(m);
        }
        return out;
    }

    /** The comparison and the association profile, with the paths the app's own answers offer. */
    static List<Endpoint> endpoints(HttpClient client, String base) throws IOException, InterruptedException {
        JsonNode comparison = getJson(client, base + "/api/jamforelse");
        String defaultIndicator = comparison.path("filters").path("indikator").asText();
        int latest = comparison.path("filters").path("ar").asInt();
        List<String> compare = new ArrayList<>();
        for (JsonNode indicator : comparison.path("indicators")) {
            for (JsonNode year : comparison.path("years")) {
                compare.add("/api/jamforelse?indikator=" + enc(indicator.path("id").asText()) + "&ar=" + year.asInt());
            }
        }
        for (JsonNode group : comparison.path("groups")) {
            String g = group.path("value").asText();
            if (!g.equals("alla")) {
                compare.add("/api/jamforelse?indikator=" + enc(defaultIndicator) + "&ar=" + latest + "&grupp=" + enc(g));
            }
        }
        List<String> profiles = new ArrayList<>();
        for (JsonNode a : getJson(client, base + "/api/forbund").path("rows")) {
            profiles.add("/api/forbund/" + enc(a.path("id").asText()));
        }
        if (compare.isEmpty() || profiles.isEmpty()) {
            throw new BenchException("the lake has no indicators or no associations to ask for");
        }
        return List.of(new Endpoint("/api/jamforelse", compare), new Endpoint("/api/forbund/{id}", profiles));
    }

    private static String key(String subject, String metric) {
        return subject + "\u0000" + metric;
    }

    private static String key(String label, String what, String metric) {
        return key(label + ", " + what, metric);
    }

    private static void add(Map<String, List<Double>> samples, List<String> order, String key, double value) {
        if (!samples.containsKey(key)) {
            order.add(key);
        }
        samples.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static double timedGet(HttpClient client, String url) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) {
            throw new BenchException("GET " + url + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    private static JsonNode getJson(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new BenchException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
