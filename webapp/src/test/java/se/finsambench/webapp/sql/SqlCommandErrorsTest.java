package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.lake.LakeFixture;

/** {@code finsambench sql} ends with one line on stderr whatever goes wrong, never a stack trace. */
class SqlCommandErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aResultTooLargeForTheHeapIsOneLine() throws Exception {
        Path lake = LakeFixture.build(tmp.resolve("lake"));
        Path err = tmp.resolve("err.txt");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), SqlCommand.class.getName(), "--lake", lake.toString(),
                "SELECT repeat('x', 200000000) AS big") // one value of 200 MB, for a heap of 48 MB
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!run.waitFor(3, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new AssertionError("still running: " + Files.readString(err));
        }
        List<String> lines = Files.readAllLines(err).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, run.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("sql: "), lines.get(0));
    }
}
