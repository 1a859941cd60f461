package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.lake.LakeFixture;

/**
 * The server as `finsambench serve` starts it, in a JVM of its own with a small heap, DuckDB limit and memory
 * cap, under queries that build values of a gigabyte each, two at a time: every answer is a JSON error, the
 * server's peak resident memory (VmHWM) stays below its cap, and it answers normally afterwards.
 */
class HostileMemoryTest {

    static final long CAP_MB = 1200;
    static Process server;
    static String base;
    /** What the server printed, kept so that a failure shows why (a crash report, a stack trace). */
    static final List<String> serverOutput = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("finsam-sql-memory-");
        Path lake = LakeFixture.build(dir.resolve("lake"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-cp", classPath(), "se.finsambench.webapp.Serve", "--lake", lake.toString(),
                "--port", "0", "--memory-limit", "256MB", "--memory-cap", CAP_MB + "MB", "--queries",
                dir.resolve("q.duckdb").toString()));
        server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)/");
        long until = System.nanoTime() + 60_000_000_000L;
        for (String line; base == null && (line = out.readLine()) != null && System.nanoTime() < until; ) {
            serverOutput.add(line);
            Matcher m = serving.matcher(line);
            if (m.find()) {
                base = m.group(1);
            }
        }
        assertTrue(base != null, "the server did not start");
        Thread drain = new Thread(() -> out.lines().forEach(serverOutput::add));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    @Test
    void gigabyteValuesTwoAtATimeGetJsonAnswersAndTheServerStaysUnderItsCap() throws Exception {
        try {
            sendTheHostilePairs();
        } catch (Throwable t) {
            Thread.sleep(500);
            System.out.println("HostileMemoryTest: server " + (server.isAlive() ? "alive" : "exited " + server.exitValue())
                    + "; it printed:");
            synchronized (serverOutput) {
                serverOutput.stream().skip(Math.max(0, serverOutput.size() - 120)).forEach(l -> System.out.println("  | " + l));
            }
            throw t;
        }
    }

    private void sendTheHostilePairs() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Two at a time, as many as the server runs at once: each pair really runs side by side.
        List<List<String>> pairs = List.of(
                List.of("SELECT repeat('x', 1e9::BIGINT) AS s", "SELECT repeat('x', 1e9::BIGINT) AS s"),
                List.of("SELECT length(repeat('x', 1e9::BIGINT)) AS n", "SELECT list(range) AS l FROM range(300000000)"),
                List.of("SELECT repeat('x', 1000000) AS s FROM range(2000)", "SELECT repeat('x', 5e8::BIGINT) AS s"));
        for (List<String> pair : pairs) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (String sql : pair) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/sql"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(SqlServer.JSON.writeValueAsString(java.util.Map.of("sql", sql))))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < pair.size(); i++) {
                HttpResponse<String> r = answers.get(i).join();
                System.out.println("HostileMemoryTest: " + pair.get(i) + " → " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(160, r.body().length())));
                assertTrue(Set.of(408, 413).contains(r.statusCode()), pair.get(i) + " → " + r.statusCode() + " " + r.body());
                JsonNode body = SqlServer.JSON.readTree(r.body());
                assertTrue(body.path("error").asText().length() > 10, pair.get(i) + " → " + r.body());
            }
        }
        long peakMb = peakResidentMb(server.pid());
        System.out.println("HostileMemoryTest: peak resident memory " + peakMb + " MB, cap " + CAP_MB + " MB");
        assertTrue(peakMb < CAP_MB, "peak resident memory " + peakMb + " MB, cap " + CAP_MB + " MB");
        // Memory freed by the failed queries may take a moment to be usable again; the server must recover.
        // A fresh client each time: a pooled connection the server closed after an error answer fails with
        // "received no bytes" on reuse, which says nothing about the server.
        HttpResponse<String> after = null;
        for (int attempt = 1; attempt <= 10 && (after == null || after.statusCode() != 200); attempt++) {
            try {
                after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/sql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT count(*) FROM associations\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println("HostileMemoryTest: normal query, attempt " + attempt + " → " + after.statusCode());
            } catch (java.io.IOException e) {
                System.out.println("HostileMemoryTest: normal query, attempt " + attempt + " → " + e);
            }
            if (after == null || after.statusCode() != 200) {
                Thread.sleep(1000);
            }
        }
        assertTrue(after != null, "the server never answered a normal query");
        assertEquals(200, after.statusCode(), after.body());
    }

    static long peakResidentMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new AssertionError("no VmHWM for " + pid);
    }
}
