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
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("utanför sjön"));
        assertEquals(1, run("--lake", lake.toString(), "--timeout", "500ms",
                "SELECT count(*) FROM range(1000000000) a, range(1000000000) b WHERE a.range + b.range = -1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("500 ms"));
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
