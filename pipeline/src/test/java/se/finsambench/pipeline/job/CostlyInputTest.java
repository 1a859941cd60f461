package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.pipeline.read.HostileDocuments;

/**
 * Files that cost far more than their size: a 3 GB (sparse) file, a DOCX whose XML expands past the budget, one
 * with 50,000 nested tables, a PDF whose page content inflates to 600 MB, and a text report that takes longer than
 * the time limit. Each gets a documents row with a plain reason, without being hashed, parsed or left running; the
 * report that ran out of time is remembered by the extraction cache and tried again only on request. The steps
 * build on each other (two lakes), in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CostlyInputTest {

    static final long SPARSE_BYTES = 3L << 30;
    /** The time limit per document: the budget's checks take a few seconds of a loaded machine's CPU. */
    static final long LIMIT = 15;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path in;
    static Path lake;

    @BeforeAll
    static void writeCostlyFiles() throws Exception {
        spark = SparkSessions.create("local[2]");
        in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(3)), in.resolve("valid.txt"));
        try (RandomAccessFile sparse = new RandomAccessFile(in.resolve("sparse.txt").toFile(), "rw")) {
            sparse.setLength(SPARSE_BYTES);
        }
        Files.write(in.resolve("inflating.docx"), HostileDocuments.inflatingDocx(40L << 20));
        Files.write(in.resolve("nested.docx"), HostileDocuments.nestedTablesDocx(50_000));
        Files.write(in.resolve("inflating.pdf"), HostileDocuments.inflatingPdf(600L << 20));
        Files.writeString(in.resolve("slow.txt"), slowReport(HostileCorpus.seed(HostileCorpus.SEEDS.get(1)), 1_600));
        lake = tmp.resolve("lake");
    }

    /**
     * Some 60 MB of real report (under the 64 MiB file limit), every copy's lines made distinct by its number, so
     * that no memo of a line or cell read before shortens the work: about a minute of one core, far past the time
     * limit. (1,100 plain copies, 40 MB, once took minutes; after the extractor got faster they fitted in 15 s.)
     */
    static String slowReport(String seed, int copies) {
        String[] lines = seed.split("\n", -1);
        StringBuilder b = new StringBuilder(seed.length() * copies + copies * lines.length * 6);
        for (int k = 0; k < copies; k++) {
            for (String line : lines) {
                b.append(line);
                if (!line.isBlank()) {
                    b.append(' ').append(k);
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static IngestResult ingest(Path input, Path into, long timeoutSeconds, boolean retry) throws Exception {
        return new IngestJob(spark, IngestOptions.of(input.toString(), into.toString())
                .withTimeoutSeconds(timeoutSeconds).withRetryFailed(retry)).run();
    }

    static Map<String, String> outcome(Path of) throws Exception {
        Map<String, String> outcome = new TreeMap<>();
        try (LakeQueries q = new LakeQueries(of)) {
            for (Map<String, Object> r : q.rows("SELECT regexp_extract(source_path, '[^/]+$') AS file, doc_id, status, "
                    + "array_to_string(problems, ' | ') AS why FROM documents")) {
                outcome.put((String) r.get("file"), r.get("status") + ": " + r.get("why")
                        + (((String) r.get("doc_id")).startsWith("unread:") ? " [not read]" : ""));
            }
        }
        return outcome;
    }

    @Test
    @Order(1)
    void eachCostlyFileIsRefusedWithAPlainReasonAndNothingKeepsRunning() throws Exception {
        IngestResult first = ingest(in, lake, LIMIT, false);
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("finsam-extract")
                && t.isAlive() && t.getState() == Thread.State.RUNNABLE), "the timed-out report was stopped");
        Map<String, String> outcome = outcome(lake);
        assertFalse(outcome.remove("valid.txt").startsWith("rejected"));
        assertEquals(Map.of(
                "sparse.txt", "rejected: file too large (" + SPARSE_BYTES + " bytes; the limit is 64 MiB, set by "
                        + "--max-file-size); it was not read [not read]",
                "inflating.docx", "rejected: the DOCX is too large to read: its text markup expands to more than 32 MiB "
                        + "(a long Word report holds a few MiB)",
                "nested.docx", "rejected: the DOCX is nested too deeply to read: its body has elements (tables in "
                        + "tables) more than 200 levels deep",
                "inflating.pdf", "rejected: the PDF is too large to read: its page content expands to more than 512 MiB",
                "slow.txt", "rejected: extraction did not finish within " + LIMIT + " s"), outcome);
        assertEquals(6, first.inputFiles());
    }

    @Test
    @Order(2)
    void aReportThatRanOutOfTimeIsNotTriedAgainUnlessAsked() throws Exception {
        IngestResult again = ingest(in, lake, LIMIT, false);
        assertEquals(2, again.fromCache(), "the valid report and the one that ran out of time");
        assertEquals("rejected: extraction did not finish within " + LIMIT + " s", outcome(lake).get("slow.txt"));

        IngestResult retried = ingest(in, lake, LIMIT, true);
        assertEquals(1, retried.fromCache(), "--retry-failed extracts it again");
        assertEquals(5, retried.extracted());
    }

    @Test
    @Order(3)
    void aRetryThatFinishesReplacesTheTimeOutInTheCache() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        // Some 14 MB of report: far more than a second of work, done well within ten minutes.
        Files.writeString(small.resolve("medium.txt"), HostileCorpus.seed(HostileCorpus.SEEDS.get(1)).repeat(400));
        Path smallLake = tmp.resolve("small-lake");
        ingest(small, smallLake, 1, false);
        assertEquals("rejected: extraction did not finish within 1 s", outcome(smallLake).get("medium.txt"));

        IngestResult retried = ingest(small, smallLake, 600, true);
        assertEquals(1, retried.extracted());
        String finished = outcome(smallLake).get("medium.txt");
        assertFalse(finished.startsWith("rejected"), finished);

        IngestResult later = ingest(small, smallLake, 1, false);
        assertEquals(1, later.fromCache());
        assertEquals(finished, outcome(smallLake).get("medium.txt"), "the finished extraction, not the time-out");
    }
}
