package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.lake.LakeFixture;

class SqlCommandTest {

    static Path lake;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeAll
    static void lake() {
        lake = LakeFixture.temporary();
    }

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return SqlCommand.commandLine().execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTableIsPrintedWithAHeaderAndARule() {
        assertEquals(0, run("--lake", lake.toString(), "SELECT association_id, doc_count FROM associations ORDER BY 1 LIMIT 2"));
        String[] lines = stdout().split("\n");
        assertTrue(lines[0].startsWith("association_id"), stdout());
        assertTrue(lines[1].matches("-+-\\+-+"), lines[1]);
        assertEquals(4, lines.length);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("2 rader"));
    }

    @Test
    void csvAndJsonArePrintedForOtherTools() {
        assertEquals(0, run("--lake", lake.toString(), "--format", "csv", "SELECT 1 AS a, 'x' AS b"), err.toString(StandardCharsets.UTF_8));
        assertEquals("a,b\n1,x\n", stdout());
        out.reset();
        assertEquals(0, run("--lake", lake.toString(), "--format", "json", "SELECT 1 AS a"));
        assertTrue(stdout().startsWith("{\"ok\":true,\"columns\":[{\"name\":\"a\",\"type\":\"INTEGER\"}],\"rows\":[[1]]"), stdout());
    }

    @Test
    void theSameRulesAsTheWebAppRefuseWritesAndFiles() {
        assertEquals(1, run("--lake", lake.toString(), "COPY (SELECT 1) TO '" + lake + "/x.csv'"));
        assertEquals(1, run("--lake", lake.toString(), "SELECT * FROM read_text('/etc/passwd')"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("sjöns mapp"));
        assertEquals(1, run("--lake", lake.toString(), "--timeout", "500ms",
                "SELECT count(*) FROM range(1000000000) a, range(1000000000) b WHERE a.range + b.range = -1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("500 ms"));
    }

    /**
     * In a JVM of its own, as the launcher runs it: 100 million rows streamed to stdout, and one value DuckDB builds
     * without looking at the clock (it cannot be cancelled), both stop at the limit (they ran 125 s and 19 s).
     */
    @Test
    void theTimeoutHoldsForAStreamedResultAndForWorkThatCannotBeCancelled() throws Exception {
        for (String sql : java.util.List.of("SELECT range AS a, range * 2 AS b, 'wide text' AS c FROM range(1000000000)",
                "SELECT length(repeat('x', 3e9::BIGINT)) AS n")) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", HostileMemoryTest.classPath(), SqlCommand.class.getName(), "--lake", lake.toString(),
                    "--timeout", "2s", "--limit", "1000000000", "--format", "csv", sql)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Path errors = java.nio.file.Files.createTempFile("finsam-sql-stderr-", ".txt");
            pb.redirectError(errors.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            boolean ended = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!ended) {
                p.destroyForcibly().waitFor();
            }
            String stderr = java.nio.file.Files.readString(errors);
            java.nio.file.Files.delete(errors);
            assertTrue(ended && p.exitValue() == 1, sql + ": exit " + (ended ? p.exitValue() : "none") + ", " + stderr);
            assertTrue(stderr.contains("2 s"), stderr);
            assertTrue(ms < 9000, sql + " stopped after " + ms + " ms (JVM start included), the limit is 2 s");
        }
    }

    @Test
    void sqlThatStartsWithACommentIsTheQueryNotAnOption() {
        assertEquals(0, run("--lake", lake.toString(), "--format", "csv", "-- antal förbund\nSELECT count(*) AS n FROM associations"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("n\n6\n", stdout());
    }

    @Test
    void aFolderThatIsNoLakeExitsWithTwo(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertEquals(2, run("--lake", empty.toString(), "SELECT 1"));
    }
}
