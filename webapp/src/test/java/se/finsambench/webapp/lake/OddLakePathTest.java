package se.finsambench.webapp.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.sql.SavedQueries;
import se.finsambench.webapp.sql.SavedQuery;
import se.finsambench.webapp.sql.SqlCommand;

/**
 * A lake in a folder called the way people call folders — "Rapporter [2023] *ö {a,b} ?" (DuckDB reads "?" in a
 * database path as options, and "[2023]" in a file path as a pattern) or with a ";" (a separator in DuckDB's JDBC
 * URL) — is served, answers SQL, and keeps saved queries beside it across restarts.
 */
class OddLakePathTest {

    @TempDir
    Path tmp;

    @Test
    void aLakeWithGlobAndOptionCharactersInItsNameIsServedAndKeepsSavedQueries() throws Exception {
        for (String name : List.of("Rapporter [2023] *ö {a,b} ?", "-lake; memory_limit=1GB 'x' \"y\"")) {
            Path lake = LakeFixture.build(tmp.resolve(name));
            try (Lake opened = Lake.open(lake, new LakeSettings("256MB", 1, Duration.ofSeconds(1)))) {
                List<Map<String, Object>> rows = opened.query("SELECT count(*) AS n FROM facts");
                assertTrue(((Number) rows.get(0).get("n")).longValue() > 0, name);
                assertEquals(LakeFixture.FIRST_RUN, opened.runId());
            }
            Path file = SavedQueries.besideLake(lake);
            String id;
            try (SavedQueries saved = new SavedQueries(file)) {
                id = saved.save("Förbund per län", "SELECT 1").id();
            }
            try (SavedQueries again = new SavedQueries(file)) {
                assertEquals("SELECT 1", again.find(id).map(SavedQuery::sql).orElse(null), name);
            }
            try (Stream<Path> beside = Files.list(tmp)) {
                assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains(".wal")),
                        "no log under a misread name beside " + name);
            }
        }
    }

    @Test
    void theSqlCommandAnswersOnSuchALake() throws Exception {
        Path lake = LakeFixture.build(tmp.resolve("Rapporter [2023] *ö {a,b} ?"));
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = SqlCommand.commandLine().execute("--lake", lake.toString(), "--format", "csv",
                    "SELECT count(*) AS n FROM documents");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("n\n"), out.toString(StandardCharsets.UTF_8));
    }
}
