package se.finsambench.webapp;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * Latency of the benchmark endpoint (/api/jamforelse) over the fixture lake, on loopback, sequentially:
 * first with every request a different filter combination (uncached), then repeated (cached per run).
 * Not a test: run with {@code java -cp … se.finsambench.webapp.ApiLatencyBench [requests]}.
 */
public final class ApiLatencyBench {

    private ApiLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        try (Lake lake = Lake.open(LakeFixture.temporary(), new LakeSettings("512MB", 2, Duration.ofSeconds(1)))) {
            Javalin app = WebApp.create(lake, WebOptions.defaults()).start("127.0.0.1", 0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port() + "/api/jamforelse?";
                List<String> queries = new ArrayList<>();
                for (String indicator : List.of("cost_per_participant", "work_or_studies_share", "admin_share",
                        "equity_ratio", "result_margin", "women_share", "nns_1", "nns_2")) {
                    for (String group : List.of("alla", "lan:12", "lan:06", "medlemmar:1", "storlek:medel")) {
                        for (String year : List.of("2022", "2023")) {
                            queries.add("indikator=" + indicator + "&ar=" + year + "&grupp=" + group);
                        }
                    }
                }
                for (int i = 0; i < 20; i++) {
                    get(client, base + "indikator=admin_share&ar=2021"); // warm-up: JIT and DuckDB, never cached twice
                }
                List<Double> cold = new ArrayList<>();
                for (String q : queries) {
                    cold.add(get(client, base + q));
                }
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    warm.add(get(client, base + queries.get(i % queries.size())));
                }
                report("uncached (first request per filter)", cold);
                report("cached (same run, repeated filters)", warm);
            } finally {
                app.stop();
            }
        }
    }

    private static double get(HttpClient client, String url) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    private static void report(String label, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("GET /api/jamforelse %-38s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n", label, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }
}
