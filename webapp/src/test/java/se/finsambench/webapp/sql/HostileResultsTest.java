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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * Results meant to exhaust the server: bigger than the byte caps (one huge value, many wide rows, a CSV or
 * Parquet download), longer than the time limit while the rows stream, a sort that spills to disk. Each is cut or
 * refused with a JSON answer, spills go to the server's own temporary folder (never the lake) up to its cap, and
 * the server answers a normal query afterwards.
 */
class HostileResultsTest {

    static final long PAGE_BYTES = 1_000_000;
    static final long DOWNLOAD_BYTES = 8_000_000;
    static Path dir;
    static Path temp;
    static SqlServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("finsam-sql-results-");
        temp = Files.createDirectories(dir.resolve("duckdb-temp"));
        Path lake = LakeFixture.build(dir.resolve("lake"));
        server = new SqlServer(lake, dir.resolve("queries.duckdb"), Optional.empty(),
                new SqlLimits(Duration.ofSeconds(4), 1000, 10_000, 1_000_000_000, 2, PAGE_BYTES, DOWNLOAD_BYTES),
                new LakeSettings("256MB", 1, Duration.ofSeconds(1), temp, "64MB"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPageOfWideRowsIsCutAtTheByteCapAndSaysSo() {
        // 12 million distinct 64-character keys: about a gigabyte to hold (ORDER BY … LIMIT 1 would not do: DuckDB
        // keeps only the top row, and the query then succeeds on a quiet machine).
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql", "SELECT range AS n, repeat('x', 1000) AS s FROM range(100000)",
                "limit", 10_000), Map.of());
        JsonNode body = a.json();
        assertTrue(body.path("ok").asBoolean(), a.body());
        assertTrue(body.path("truncated").asBoolean());
        int rows = body.path("rows").size();
        assertTrue(rows > 100 && rows < 1000, rows + " rows of 1 kB under a 1 MB cap");
        assertTrue(a.body().length() <= PAGE_BYTES + 4096, a.body().length() + " bytes");
        assertNormalQueryStillWorks();
    }

    @Test
    void aSingleValueLargerThanTheCapIsA413NotA100MegabyteAnswer() {
        SqlServer.Answer a = server.sql("SELECT repeat('x', 100000000) AS s");
        assertEquals(413, a.status(), a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
        assertEquals("too_large", a.json().path("kind").asText());
        assertTrue(a.json().path("error").asText().contains("MB"), a.body());
        assertNormalQueryStillWorks();
    }

    @Test
    void aCsvDownloadStopsAtItsByteCapWhileStreaming() {
        long t0 = System.nanoTime();
        SqlServer.Answer a = server.post("/api/sql?format=csv", Map.of("sql",
                "SELECT range AS n, repeat('x', 200) AS s FROM range(100000000)"), Map.of());
        assertEquals(200, a.status(), a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
        assertEquals("true", a.headers().firstValue("X-Truncated").orElse(""));
        assertTrue(a.body().length() <= DOWNLOAD_BYTES, a.body().length() + " bytes");
        assertTrue(a.body().length() > DOWNLOAD_BYTES / 2, "filled up to the cap: " + a.body().length());
        assertTrue(a.body().endsWith("\n"), "whole rows only");
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 4000, "stopped at the cap, not at the row limit");
        assertNormalQueryStillWorks();
    }

    @Test
    void aParquetDownloadIsBoundedByTheSameCap() {
        byte[] bytes = server.postBytes("/api/sql?format=parquet", Map.of("sql",
                "SELECT range AS n, md5(range::VARCHAR) AS s FROM range(100000000)"), Map.of());
        assertEquals("PAR1", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(bytes.length <= DOWNLOAD_BYTES, bytes.length + " bytes");
        assertNormalQueryStillWorks();
    }

    @Test
    void theTimeLimitCoversStreamingADownload() {
        try (SqlServer slow = new SqlServer(server.lake, dir.resolve("slow.queries.duckdb"), Optional.empty(),
                new SqlLimits(Duration.ofSeconds(2), 1000, 10_000, 1_000_000_000, 2, PAGE_BYTES, 1L << 40))) {
            long t0 = System.nanoTime();
            SqlServer.Answer a = slow.post("/api/sql?format=csv", Map.of("sql",
                    "SELECT range AS a, range * 2 AS b, 'some wide text for every row' AS c FROM range(1000000000)"), Map.of());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(408, a.status(), a.body().length() > 300 ? a.body().substring(0, 300) : a.body());
            assertEquals("timeout", a.json().path("kind").asText());
            assertTrue(ms < 5000, "stopped after " + ms + " ms, the limit is 2 s");
        }
        assertNormalQueryStillWorks();
    }

    @Test
    void spillsGoToTheServersTemporaryFolderNeverIntoTheLakeAndStopAtItsCap() throws Exception {
        List<Path> before = files(server.lakeDir);
        JsonNode settings = server.sql("SELECT current_setting('temp_directory') AS t,"
                + " current_setting('max_temp_directory_size') AS m").json();
        assertTrue(settings.path("ok").asBoolean(), settings.toString());
        String tempDir = settings.path("rows").get(0).get(0).asText();
        assertTrue(Path.of(tempDir).toAbsolutePath().startsWith(temp), tempDir + " under " + temp);
        assertEquals("61.0 MiB", settings.path("rows").get(0).get(1).asText(), "64 MB, as DuckDB counts: " + settings);

        // 12 million distinct 64-character keys: about a gigabyte to hold (ORDER BY … LIMIT 1 would not do: DuckDB
        // keeps only the top row, and the query then succeeds on a quiet machine).
        SqlServer.Answer a = server.post("/api/sql", Map.of("sql",
                "SELECT count(*) AS n FROM (SELECT DISTINCT md5(range::VARCHAR) || md5((range + 1)::VARCHAR) AS m FROM range(12000000))"),
                Map.of());
        assertFalse(a.json().path("ok").asBoolean(true), "needs more than 256 MB of memory and 64 MB of disk: " + a.body());
        assertTrue(List.of("memory", "too_large", "timeout").contains(a.json().path("kind").asText()), a.body());
        assertEquals(before, files(server.lakeDir), "nothing was written into the lake");
        assertNormalQueryStillWorks();
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        }
    }

    private static void assertNormalQueryStillWorks() {
        JsonNode after = server.sql("SELECT count(*) AS n FROM associations").json();
        assertTrue(after.path("ok").asBoolean(), after.toString());
    }
}
