package se.finsambench.webapp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.sql.SqlLimits;

/**
 * The SQL workbench's overhead: five analyst queries through {@code POST /api/sql} (JSON, as the SQL page sends
 * them) and through DuckDB JDBC directly on the same Parquet, interleaved in the same run; the figure is the
 * ratio of the medians (target ≤ 1.2×). Then one aggregate over a generated 10-million-row facts table, through
 * the same API against a throwaway lake whose facts are that file (target: under 1 s).
 */
final class SqlOverheadBench implements WebBenchmark {

    static final String NAME = "sql";
    static final long BIG_ROWS = 10_000_000;
    static final double BIG_TARGET_MS = 1000;
    static final int WARM_UP = 600;
    static final int WARM_UP_QUICK = 200;
    /**
     * Timings each way per query and run. Two identical DuckDB connections timed this way against each other (the
     * five queries, four rounds, load 5–7 on the 2-core machine) gave ratios whose middle half spread 0.94–1.13
     * with 11 timings and 0.97–1.04 with 31: with 11 the noise alone was as wide as the overhead being measured.
     */
    static final int REPS = 31;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(BenchSettings s) throws Exception {
        int reps = s.quick() ? 3 : REPS;
        int pageRows = SqlLimits.defaults().pageRows();
        List<Measurement> out = new ArrayList<>();

        Map<String, List<SqlTiming>> small = new LinkedHashMap<>();
        try (BenchServer server = BenchServer.start(s.lake(), s.work()); DirectDuckDb direct = DirectDuckDb.over(s.lake());
             BrowserLikeHttp client = new BrowserLikeHttp(server.baseUrl())) {
            int warm = s.quick() ? WARM_UP_QUICK : WARM_UP;
            s.progress().printf("bench sql: warming up, %d requests each way%n", warm);
            warmUp(client, direct, warm, pageRows);
            for (int run = 1; run <= s.runs(); run++) {
                s.progress().printf("bench sql: run %d/%d, %d queries × %d, via /api/sql and JDBC%n", run, s.runs(),
                        withFixed().size(), reps);
                for (AnalystQueries.Query q : withFixed()) {
                    small.computeIfAbsent(q.name(), k -> new ArrayList<>())
                            .add(compare(client, direct, q.sql(), reps, pageRows));
                }
            }
        }
        small.forEach((name, runs) -> out.addAll(name.equals(FIXED.name()) ? fixed(runs) : figures(name, runs, null)));

        s.progress().printf("bench sql: %,d-row facts table (generated once into %s)%n", BIG_ROWS, s.work());
        Path facts = BigFacts.ensure(s.lake(), s.work(), BIG_ROWS);
        Path bigLake = BenchLake.build(s.lake(), s.work().resolve("lake-10m"), "bench-facts-" + BIG_ROWS, facts);
        List<SqlTiming> big = new ArrayList<>();
        try (BenchServer server = BenchServer.start(bigLake, s.work()); DirectDuckDb direct = DirectDuckDb.over(bigLake);
             BrowserLikeHttp client = new BrowserLikeHttp(server.baseUrl())) {
            for (int run = 1; run <= s.runs(); run++) {
                s.progress().printf("bench sql: run %d/%d, aggregate over %,d facts%n", run, s.runs(), BIG_ROWS);
                big.add(compare(client, direct, AnalystQueries.BIG_AGGREGATE.sql(), s.quick() ? 2 : 5,
                        pageRows));
            }
        }
        out.addAll(figures(AnalystQueries.BIG_AGGREGATE.name(), big, BIG_TARGET_MS));
        return out;
    }

    /** A query that costs DuckDB nothing: what the API adds to every query (HTTP, gate, JSON), for information. */
    static final AnalystQueries.Query FIXED = new AnalystQueries.Query("fixed cost (SELECT 1)", "SELECT 1 AS one");

    private static List<AnalystQueries.Query> withFixed() {
        List<AnalystQueries.Query> all = new ArrayList<>(AnalystQueries.FIVE);
        all.add(FIXED);
        return all;
    }

    private static List<Measurement> fixed(List<SqlTiming> runs) {
        return List.of(Measurement.of("sql overhead", FIXED.name(), "ms via /api/sql", runs.stream().map(SqlTiming::apiMedian).toList()),
                Measurement.of("sql overhead", FIXED.name(), "ms via JDBC", runs.stream().map(SqlTiming::directMedian).toList()));
    }

    /**
     * The analyst queries in turn, untimed, until {@code requests} have gone each way. A server that analysts use
     * has long since compiled its request path (Jetty, JSON, the gate) to machine code; a fresh JVM has not, and
     * DuckDB's own work is native code from the start. Without this the ratio measures the JIT's first minutes:
     * in one process the five queries gave 1.2–1.85× after 70 requests and 1.02–1.20× after 600.
     */
    static void warmUp(BrowserLikeHttp client, DirectDuckDb direct, int requests, int pageRows)
            throws IOException, java.sql.SQLException {
        List<AnalystQueries.Query> all = withFixed();
        for (int i = 0; i < requests; i++) {
            String sql = all.get(i % all.size()).sql();
            viaApi(client, sql);
            direct.time(sql, pageRows);
        }
    }

    /** One run of one query: a warm-up each way, then {@code reps} times each way, alternating which goes first. */
    static SqlTiming compare(BrowserLikeHttp client, DirectDuckDb direct, String sql, int reps, int pageRows)
            throws IOException, java.sql.SQLException {
        viaApi(client, sql);
        direct.time(sql, pageRows);
        SqlTiming t = new SqlTiming();
        for (int i = 0; i < reps; i++) {
            if (i % 2 == 0) {
                t.api(viaApi(client, sql));
                t.direct(direct.time(sql, pageRows));
            } else {
                t.direct(direct.time(sql, pageRows));
                t.api(viaApi(client, sql));
            }
        }
        return t;
    }

    /** The query as the SQL page sends it ({@code {"sql": …}} as JSON); milliseconds until the whole answer has arrived. */
    static double viaApi(BrowserLikeHttp client, String sql) throws IOException {
        String body = JSON.writeValueAsString(Map.of("sql", sql));
        long start = System.nanoTime();
        BrowserLikeHttp.Answer r = client.postJson("/api/sql", body);
        double ms = (System.nanoTime() - start) / 1e6;
        JsonNode answer = JSON.readTree(r.body());
        if (r.status() != 200 || !answer.path("ok").asBoolean(false)) {
            throw new BenchException("POST /api/sql answered " + r.status() + ": " + answer.path("error").asText(r.body())
                    + "\n" + sql);
        }
        return ms;
    }

    /** Per query: median through the API, directly, and their ratio; each the median of the runs. */
    static List<Measurement> figures(String name, List<SqlTiming> runs, Double apiTargetMs) {
        List<Double> api = runs.stream().map(SqlTiming::apiMedian).toList();
        List<Double> direct = runs.stream().map(SqlTiming::directMedian).toList();
        List<Double> ratio = runs.stream().map(SqlTiming::ratio).toList();
        Measurement viaApi = Measurement.of("sql overhead", name, "ms via /api/sql", api);
        return List.of(apiTargetMs == null ? viaApi : viaApi.against(Measurement.Target.atMost(apiTargetMs)),
                Measurement.of("sql overhead", name, "ms via JDBC", direct),
                Measurement.of("sql overhead", name, "ratio", ratio).against(Measurement.Target.atMost(SqlTiming.RATIO_TARGET)));
    }
}
