package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile SQL through the real API: every attempt to read a file outside the lake (path tricks that DuckDB's own
 * check let through, links in the lake that lead out, file: URLs, globs, computed paths), write anything, change
 * a setting, load code or run a second statement is refused with a Swedish message, a runaway query is
 * cancelled, a huge result is capped — and the server answers a normal query right after each one. Files inside
 * the lake stay readable. Siblings: {@link HostileResultsTest} (byte caps, time while streaming, spills),
 * {@link HostileRequestsTest} (cross-site requests, the saved-query store), {@link HostileExportsTest},
 * {@link HostileMemoryTest} (the server's resident memory under gigabyte values).
 */
class HostileQueriesTest {

    static Path queries;
    static SqlServer server;
    static String lake;

    @BeforeAll
    static void start() throws Exception {
        queries = Files.createTempDirectory("finsam-sql-test-").resolve("queries.duckdb");
        server = SqlServer.fixture(queries, new SqlLimits(Duration.ofSeconds(3), 1000, 10_000, 100_000, 2,
                PAGE_BYTES, DOWNLOAD_BYTES));
        lake = server.lakeDir.toAbsolutePath().toString();
        // A link inside the lake that leads out of it, and one that stays inside: DuckDB's own check compares
        // path strings, so only our check, which follows links, tells them apart.
        Files.createSymbolicLink(server.lakeDir.resolve("ut"), Path.of("/etc"));
        Files.createSymbolicLink(server.lakeDir.resolve("inne"), server.lakeDir.resolve("snapshots"));
        Files.createSymbolicLink(server.lakeDir.resolve("bort"), server.lakeDir.resolve("inne/../.."));
    }

    static final long PAGE_BYTES = 1_000_000;
    static final long DOWNLOAD_BYTES = 8_000_000;

    /** As many "./" as "..": DuckDB 1.4.1 counted each "./" as a level and let these out of the lake. */
    static String escape(String lakeDir) {
        int n = Path.of(lakeDir).getNameCount() + 2;
        return lakeDir + "/" + "./".repeat(n) + "../".repeat(n);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> hostile() {
        String l = "LAKE";
        String up = "ESCAPE";
        return Stream.of(
                // Out of the lake folder by path tricks: refused by our own check ("path"), whatever DuckDB says.
                Arguments.of("SELECT content FROM read_text('" + up + "etc/passwd')", "path"),
                Arguments.of("SELECT * FROM glob('" + up + "root/*')", "path"),
                Arguments.of("SELECT * FROM glob('" + up + "etc/*')", "path"),
                Arguments.of("SELECT * FROM read_csv('" + up + "etc/passwd', header=false)", "path"),
                Arguments.of("SELECT * FROM read_text('file://" + up + "etc/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('file:" + up + "etc/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('file:///etc/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('file://localhost/etc/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/ut/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/./ut/./passwd')", "path"),
                Arguments.of("SELECT * FROM glob('" + l + "/ut/*')", "path"),
                Arguments.of("SELECT * FROM glob('" + l + "/*/passwd')", "path"),
                Arguments.of("SELECT * FROM glob('" + l + "/**')", "path"),
                Arguments.of("SELECT * FROM read_blob('" + l + "/bort/" + "LAKENAME.queries.duckdb')", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/inne/../../LAKENAME.queries.duckdb')", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/snapshots/*/../../../etc/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text(['" + l + "/CURRENT', '/etc/passwd'])", "path"),
                Arguments.of("SELECT * FROM read_text('/et' || 'c/passwd')", "path"),
                Arguments.of("SELECT * FROM read_text('~/.bashrc')", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/ut\\passwd')", "path"),
                Arguments.of("SELECT * FROM '" + l + "/ut/passwd'", "path"),
                Arguments.of("SELECT * FROM '" + up + "etc/hosts.csv'", "path"),
                Arguments.of("DESCRIBE SELECT * FROM read_text('" + l + "/ut/passwd')", "path"),
                Arguments.of("SUMMARIZE SELECT * FROM read_text('" + l + "/ut/passwd')", "path"),
                Arguments.of("WITH x AS (SELECT * FROM read_text('" + l + "/ut/passwd')) SELECT * FROM x", "path"),
                Arguments.of("SELECT (SELECT content FROM read_text('" + l + "/ut/passwd'))", "path"),
                Arguments.of("EXPLAIN ANALYZE SELECT * FROM read_text('" + l + "/ut/passwd')", "path"),
                Arguments.of("SELECT * FROM MAIN.READ_TEXT('" + l + "/ut/passwd')", "path"),
                // Table functions that run SQL given as text or touch the engine: not here at all.
                Arguments.of("SELECT * FROM query('SELECT * FROM read_text(''/etc/passwd'')')", "refused"),
                Arguments.of("SELECT * FROM query_table('associations')", "refused"),
                Arguments.of("SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))", "refused"),
                Arguments.of("SELECT * FROM enable_profiling()", "refused"),
                Arguments.of("SELECT * FROM arrow_scan(1, 2, 3)", "refused"),
                // Reading a file outside the lake, through every reader DuckDB has.
                Arguments.of("SELECT * FROM read_csv('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_csv_auto('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_text('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_blob('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_json('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_json_auto('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_ndjson_objects('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_parquet('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM parquet_metadata('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM parquet_schema('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM sniff_csv('/etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM glob('/etc/*')", "refused"),
                Arguments.of("SELECT * FROM '/etc/passwd'", "path"),
                Arguments.of("SELECT * FROM read_text('" + l + "/../../../../etc/passwd')", "refused"),
                Arguments.of("SELECT * FROM read_blob('" + l + ".queries.duckdb')", "refused"),
                Arguments.of("SELECT * FROM read_blob('QUERIES')", "refused"),
                // The network.
                Arguments.of("SELECT * FROM read_csv('https://example.com/data.csv')", "refused"),
                Arguments.of("SELECT * FROM 's3://bucket/data.parquet'", "refused"),
                Arguments.of("SELECT * FROM read_parquet('http://127.0.0.1:1/x.parquet')", "refused"),
                // Writing files, even into the lake's own folder (which the settings alone would allow).
                Arguments.of("COPY (SELECT 1) TO '" + l + "/ut.csv'", "refused"),
                Arguments.of("COPY associations TO '/tmp/finsam-ut.csv'", "refused"),
                Arguments.of("EXPORT DATABASE '" + l + "/export'", "refused"),
                Arguments.of("ATTACH '/tmp/finsam-other.duckdb' AS other", "refused"),
                Arguments.of("DETACH finsam", "refused"),
                // Loading code and changing settings.
                Arguments.of("INSTALL httpfs", "refused"),
                Arguments.of("LOAD httpfs", "refused"),
                Arguments.of("SET enable_external_access = true", "refused"),
                Arguments.of("SET allowed_directories = ['/']", "refused"),
                Arguments.of("RESET memory_limit", "refused"),
                Arguments.of("PRAGMA threads = 8", "refused"),
                Arguments.of("CALL pragma_version()", "refused"),
                Arguments.of("SELECT getenv('HOME')", "invalid"),
                // Changing the catalog.
                Arguments.of("CREATE TABLE x AS SELECT 1", "refused"),
                Arguments.of("CREATE TEMP TABLE x AS SELECT 1", "refused"),
                Arguments.of("INSERT INTO associations SELECT * FROM associations", "refused"),
                Arguments.of("UPDATE associations SET name = 'x'", "refused"),
                Arguments.of("DROP VIEW associations", "refused"),
                Arguments.of("WITH a AS (SELECT 1) DELETE FROM associations", "refused"),
                Arguments.of("CHECKPOINT", "refused"),
                // A second statement, plain or hidden behind comments.
                Arguments.of("SELECT 1; DROP VIEW associations", "refused"),
                Arguments.of("SELECT 1; SELECT 2", "refused"),
                Arguments.of("SELECT 1 -- harmless\n; COPY (SELECT 1) TO '" + l + "/ut2.csv'", "refused"),
                Arguments.of("/* SELECT */ COPY (SELECT 1) TO '" + l + "/ut3.csv'", "refused"),
                Arguments.of("-- SELECT\nEXPORT DATABASE '" + l + "/export2'", "refused"),
                Arguments.of("EXPLAIN COPY (SELECT 1) TO '" + l + "/ut4.csv'", "refused"),
                Arguments.of("EXPLAIN ANALYZE SELECT 1; COPY (SELECT 1) TO '" + l + "/ut5.csv'", "refused"),
                Arguments.of("SELECT * FROM query('COPY (SELECT 1) TO ''" + l + "/ut6.csv''')", "any"),
                Arguments.of("SELECT * FROM duckdb_extensions()", "refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileQueryIsRefusedWithAMessageAndTheServerStillAnswers(String template, String kind) {
        String sql = template.replace("ESCAPE", escape(lake)).replace("QUERIES", queries.toString())
                .replace("LAKENAME", server.lakeDir.getFileName().toString()).replace("LAKE", lake);
        SqlServer.Answer a = server.sql(sql);
        JsonNode body = a.json();
        assertFalse(body.path("ok").asBoolean(true), sql + " ran: " + a.body());
        String message = body.path("error").asText();
        if (kind.equals("path")) {
            assertEquals("refused", body.path("kind").asText(), sql + " → " + a.body());
            assertTrue(message.contains("sjöns mapp"), "our own path check refused it, not only DuckDB: " + message);
        } else if (!kind.equals("any")) {
            assertEquals(kind, body.path("kind").asText(), sql + " → " + a.body());
        }
        assertTrue(message.length() > 20 && message.matches("(?s).*[åäöÅÄÖ].*"), "a Swedish message: " + message);
        assertNormalQueryStillWorks();
    }

    static Stream<String> insideTheLake() {
        return Stream.of(
                "SELECT count(*) FROM read_parquet('LAKE/snapshots/*/facts/**/*.parquet')",
                "SELECT count(*) FROM read_parquet('LAKE/./snapshots/../snapshots/run-1/associations/*.parquet')",
                "SELECT count(*) FROM read_parquet('file://LAKE/inne/run-1/associations/part-00000.parquet')",
                "SELECT count(*) FROM read_parquet('LAKE/snapshots/run-1/associations/part-00000.parquet', filename=true)",
                "SELECT count(*) FROM 'LAKE/snapshots/run-1/associations/part-00000.parquet'",
                "SELECT count(*) FROM glob('LAKE/inne/*/*')",
                "SELECT count(*) FROM read_text('LAKE/CURRENT')");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insideTheLake")
    void filesInsideTheLakeCanStillBeRead(String template) {
        String sql = template.replace("LAKE", lake);
        JsonNode body = server.sql(sql).json();
        assertTrue(body.path("ok").asBoolean(), sql + " → " + body);
        assertTrue(body.path("rows").get(0).get(0).asLong() > 0, sql + " → " + body);
    }

    @Test
    void nothingWasWrittenIntoTheLakeOrBesideIt() throws Exception {
        for (String name : List.of("ut.csv", "ut2.csv", "ut3.csv", "ut4.csv", "ut5.csv", "ut6.csv", "export", "export2")) {
            assertFalse(Files.exists(Path.of(lake, name)), name);
        }
        assertFalse(Files.exists(Path.of("/tmp/finsam-ut.csv")));
        assertFalse(Files.exists(Path.of("/tmp/finsam-other.duckdb")));
    }

    @Test
    void aCrossJoinThatRunsForeverIsStoppedByTheTimeLimit() {
        long t0 = System.nanoTime();
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql",
                "SELECT count(*) FROM range(1000000000) a, range(1000000000) b WHERE a.range + b.range = -1",
                "timeoutMs", 600_000), Map.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(408, a.status(), a.body());
        assertEquals("timeout", a.json().path("kind").asText());
        assertTrue(a.json().path("error").asText().contains("3 s"), "the server's 3 s limit, not the client's 600 s");
        assertTrue(ms < 10_000, "stopped after " + ms + " ms");
        assertNormalQueryStillWorks();
    }

    @Test
    void aClientMayLowerTheTimeLimit() {
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql",
                "SELECT count(*) FROM range(1000000000) a, range(1000000000) b WHERE a.range + b.range = -1",
                "timeoutMs", 300), Map.of());
        assertEquals("timeout", a.json().path("kind").asText());
        assertTrue(a.json().path("error").asText().contains("300 ms"), a.body());
        assertNormalQueryStillWorks();
    }

    @Test
    void aHugeResultIsCappedAndSaysSo() {
        long t0 = System.nanoTime();
        JsonNode body = server.sql("SELECT range AS n, range * 2 AS dubbelt FROM range(10000000000)").json();
        assertTrue(body.path("ok").asBoolean(), body.toString());
        assertEquals(1000, body.path("rows").size());
        assertTrue(body.path("truncated").asBoolean());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "stops at the cap instead of computing everything");
        assertNormalQueryStillWorks();
    }

    @Test
    void aQueryNeedingTooMuchMemoryIsStopped() {
        SqlServer.Answer a = server.sql("SELECT list(range) AS l FROM range(300000000)");
        assertFalse(a.json().path("ok").asBoolean(true));
        assertTrue(Set.of("memory", "timeout").contains(a.json().path("kind").asText()), a.body());
        assertNormalQueryStillWorks();
    }

    private static void assertNormalQueryStillWorks() {
        JsonNode after = server.sql("SELECT count(*) AS n FROM associations").json();
        assertTrue(after.path("ok").asBoolean(), after.toString());
        assertTrue(after.path("rows").get(0).get(0).asLong() > 0);
    }
}
