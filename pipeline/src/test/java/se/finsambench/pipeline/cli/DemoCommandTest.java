package se.finsambench.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void demoMakesACorpusAndALakeOnceAndThenReusesThem() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new FinsamBench());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("demo", "--home", home.toString(), "--associations", "2", "--years", "2023-2023");
        assertEquals(0, code, out.toString());
        assertTrue(Files.exists(home.resolve("data/demo/corpus/truth.csv")));
        assertTrue(Files.exists(home.resolve("data/demo/lake/CURRENT")));
        assertTrue(out.toString().contains("Demo lake ready"), out.toString());

        StringWriter again = new StringWriter();
        cli.setOut(new PrintWriter(again));
        assertEquals(0, cli.execute("demo", "--home", home.toString()));
        assertTrue(again.toString().contains("up to date"), again.toString());
    }
}
