package se.finsambench.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finsambench ingest} says what is wrong in one line, never with a stack trace. */
class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSecondIngestOnALockedLakeIsOneLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Samordningsförbundet Exempel\nÅrsredovisning 2023\n");
        Path lake = Files.createDirectories(dir.resolve("lake"));
        try (FileChannel channel = FileChannel.open(lake.resolve(".ingest.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            CommandRun run = CommandRun.of("ingest", "--input", in.toString(), "--lake", lake.toString());

            assertEquals(1, run.exitCode());
            assertEquals("ingest: another ingest is running on the lake " + lake + " (one at a time per lake)",
                    run.err().strip());
            assertTrue(held.isValid());
        }
    }

    @Test
    void aMissingInputFolderIsAUsageError() {
        CommandRun run = CommandRun.of("ingest", "--input", dir.resolve("saknas").toString(), "--lake",
                dir.resolve("lake").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("No such folder: " + dir.resolve("saknas")), run.err());
    }
}
