package se.finsambench.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    // Surefire runs in the pipeline module; the samples are at the project root.
    private static final Path SAMPLES = Path.of("..", "data", "samples");

    @Test
    void demoSummarisesEverySampleReportWithoutRejections() throws IOException {
        long reports;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            reports = files.filter(file -> !file.getFileName().toString().equals("README.md")).count();
        }

        CommandRun run = CommandRun.of("demo", "--samples", SAMPLES.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(reports, run.out().lines().filter(line -> line.startsWith("== ")).count(), run.out());
    }

    @Test
    void missingSamplesFolderIsAUsageError() {
        assertEquals(2, CommandRun.of("demo", "--samples", "no/such/folder").exitCode());
    }
}
