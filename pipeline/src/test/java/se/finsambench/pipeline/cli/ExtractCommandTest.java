package se.finsambench.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.pipeline.read.HostileDocuments;

/**
 * Drives {@code finsambench extract} through picocli. Checks structure and exit codes only:
 * which figures come out is the extractor's business and tested there.
 */
class ExtractCommandTest {

    private static final String CSV_HEADER = "source_path,doc_type,association_id,association_name,org_number,"
            + "fiscal_year,period_end,scenario,concept,member,value,unit,source_line,source_text,confidence,rank,origin";

    @TempDir
    Path dir;

    @Test
    void csvStartsWithTheExactHeaderAndHasOneLinePerFact() throws IOException {
        CommandRun run = CommandRun.of("extract", report("a.txt"), report("b.txt"), "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\r\n");
        assertEquals(CSV_HEADER, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(dir.toString()), "every row names its source file: " + lines[i]);
        }
    }

    @Test
    void jsonIsAnArrayOfObjectsWithEveryColumnAsKey() throws IOException {
        CommandRun run = CommandRun.of("extract", report("a.txt"), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertTrue(root.isArray(), run.out());
        for (JsonNode fact : root) {
            assertEquals(FactRowWriter.COLUMNS.size(), fact.size());
            FactRowWriter.COLUMNS.forEach(column -> assertTrue(fact.has(column), column));
            assertTrue(fact.get("value").isNumber());
        }
    }

    @Test
    void tablePrintsAHeaderLinePerDocument() throws IOException {
        String a = report("a.txt");
        String b = report("b.txt");

        CommandRun run = CommandRun.of("extract", a, b);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("== " + a + " (") && line.endsWith(" facts")),
                run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("== " + b + " (")), run.out());
    }

    @Test
    void unreadableFileIsReportedOnStderrAndTheOthersStillPrint() throws IOException {
        String good = report("good.txt");
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "this is not a PDF");

        CommandRun run = CommandRun.of("extract", broken.toString(), good);

        assertEquals(1, run.exitCode(), "one file failed");
        assertTrue(run.err().startsWith(broken + ": rejected: "), run.err());
        assertEquals(1, run.err().lines().count(), "one line per rejected file: " + run.err());
        assertTrue(run.out().contains("== " + good + " ("), run.out());
        assertFalse(run.out().contains("broken.pdf"), run.out());
    }

    @Test
    void onlyUnreadableFilesExitWithOne() throws IOException {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "this is not a PDF");

        CommandRun run = CommandRun.of("extract", broken.toString(), "--format", "csv");

        assertEquals(1, run.exitCode());
        assertEquals(CSV_HEADER, run.out().strip());
    }

    @Test
    void aDocxNestedFiftyThousandTablesDeepIsOneLineAndTheOthersStillPrint() throws IOException {
        Path nested = dir.resolve("nested.docx");
        Files.write(nested, HostileDocuments.nestedTablesDocx(50_000));
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "this is not a PDF");
        String good = report("good.txt");

        CommandRun run = CommandRun.of("extract", nested.toString(), good, broken.toString());

        assertEquals(2, run.exitCode(), "the exit code is the number of files that failed: " + run.err());
        assertEquals(List.of(nested + ": rejected: the DOCX is nested too deeply to read: its body has elements "
                + "(tables in tables) more than 200 levels deep", broken + ": rejected: not a valid PDF: the file does "
                + "not start with a PDF header"), run.err().lines().toList());
        assertTrue(run.out().contains("== " + good + " ("), run.out());
    }

    @Test
    void aFileThatRunsOutOfTimeIsStoppedAndReported() throws IOException {
        Path slow = dir.resolve("slow.txt");
        String report = Files.readString(Path.of(report("one.txt")));
        Files.writeString(slow, report.repeat(200_000)); // some 30 MB: tens of seconds of work
        long start = System.nanoTime();

        CommandRun run = CommandRun.of("extract", "--timeout", "1", slow.toString(), report("good.txt"));

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(slow + ": rejected: extraction did not finish within 1 s", run.err().strip());
        // the limit, the worker's 10 s to stop, and room for a busy machine; the thread check below shows it stopped
        assertTrue((System.nanoTime() - start) / 1e9 < 40, "stopped, not run to its end");
        // On a loaded machine the interrupted work may need a moment past the command's end to reach its next check.
        long until = System.nanoTime() + 30_000_000_000L;
        while (extractionStillRunning() && System.nanoTime() < until) {
            sleep(200);
        }
        assertTrue(!extractionStillRunning(), "the timed-out extraction kept running");
    }

    private static boolean extractionStillRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("finsam-extract") && t.isAlive() && t.getState() == Thread.State.RUNNABLE);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStrayByteMakesTheFilePartialWithItsLineNamed() throws IOException {
        Path file = dir.resolve("stray.txt");
        byte[] text = Files.readAllBytes(Path.of(report("clean.txt")));
        byte[] stray = new byte[text.length + 1];
        System.arraycopy(text, 0, stray, 0, text.length);
        stray[text.length] = (byte) 0x96;

        CommandRun run = CommandRun.of("extract", write(file, stray));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ": partial: line 7 has bytes that are not UTF-8, shown as \uFFFD (the rest of the file is "
                + "UTF-8)", run.err().strip());
    }

    @Test
    void missingFileIsAUsageErrorWithExitTwoAndNoOutput() throws IOException {
        String good = report("good.txt");

        CommandRun run = CommandRun.of("extract", good, dir.resolve("missing.txt").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("No such file: " + dir.resolve("missing.txt")), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        assertEquals(2, CommandRun.of("extract", report("a.txt"), "--format", "xml").exitCode());
    }

    @Test
    void noFilesIsAUsageError() {
        assertEquals(2, CommandRun.of("extract").exitCode());
    }

    @Test
    void linesPrintsTheNormalisedTextWithTheLineNumbersFactsPointTo() throws IOException {
        String a = report("a.txt");

        CommandRun run = CommandRun.of("extract", a, "--format", "lines");

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\\R");
        assertTrue(lines[0].startsWith("== " + a + " (txt, "), lines[0]);
        assertEquals("1  Samordningsförbundet Exempel", lines[1]);
        assertEquals("4  Verksamhetens intäkter\t3 000", lines[4]);
        CommandRun facts = CommandRun.of("extract", a, "--format", "csv");
        assertTrue(facts.out().contains(",4,Verksamhetens intäkter"), "revenue comes from line 4: " + facts.out());
    }

    private static String write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file.toString();
    }

    private String report(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                Samordningsförbundet Exempel
                Årsredovisning 2023
                Belopp i tkr
                Verksamhetens intäkter\t3 000
                Verksamhetens kostnader\t-2 900
                Årets resultat\t100
                """, StandardCharsets.UTF_8);
        return file.toString();
    }
}
