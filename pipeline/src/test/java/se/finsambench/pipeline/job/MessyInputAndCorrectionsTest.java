package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of files that cannot all be used (empty, unsupported, random bytes named .pdf, a duplicate, one too
 * large) plus people's corrections: every file is accounted for with a reason and the run succeeds.
 */
class MessyInputAndCorrectionsTest {

    static final String SEED = "000_c34c0b303fa1ddf6.txt";

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;
    static IngestResult result;

    @BeforeAll
    static void ingestMessyFolder() throws Exception {
        Path seeds = SeedLakeTest.shared().resolve("corpus/seeds");
        Path input = Files.createDirectories(tmp.resolve("in/sub"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("budget.xls"), "not really a spreadsheet");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(input.resolve("scan.pdf"), noise);
        Files.copy(seeds.resolve(SEED), tmp.resolve("in/a-" + SEED));
        Files.copy(seeds.resolve(SEED), input.resolve("b-" + SEED));
        Files.write(tmp.resolve("in/huge.txt"), new byte[300_000]);
        Path corrections = tmp.resolve("corrections.csv");
        Files.writeString(corrections, """
                association_id,period_end,scenario,concept,member,value,reason
                soderasen,2023-12-31,actual,revenue_total,,3100000,checked against the audited accounts
                soderasen,2015-12-31,actual,employees,,99,no report covers 2015
                soderasen,not-a-date,actual,result,,1,typo
                """);
        spark = SparkSessions.create("local[2]");
        lake = tmp.resolve("lake");
        result = new IngestJob(spark, IngestOptions.of(tmp.resolve("in").toString(), lake.toString())
                .withCorrections(corrections).withMaxFileSize(200_000)).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyFileHasADocumentRowWithAPlainReason() throws Exception {
        Map<String, String> got = new TreeMap<>();
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map<String, Object> r : q.rows("SELECT regexp_extract(source_path, '[^/]+$') AS file, status, "
                    + "array_to_string(problems, '; ') AS why FROM documents")) {
                got.put((String) r.get("file"), r.get("status") + ": " + r.get("why"));
            }
        }
        assertEquals(6, got.size(), got.toString());
        assertEquals(6, result.inputFiles());
        assertTrue(got.get("empty.txt").startsWith("rejected: empty file"), got.get("empty.txt"));
        assertTrue(got.get("budget.xls").startsWith("rejected: unsupported"), got.get("budget.xls"));
        assertTrue(got.get("scan.pdf").startsWith("rejected: "), got.get("scan.pdf"));
        assertTrue(got.get("huge.txt").startsWith("rejected: file too large"), got.get("huge.txt"));
        assertTrue(got.get("a-" + SEED).startsWith("partial") || got.get("a-" + SEED).startsWith("ok"));
        assertTrue(got.get("b-" + SEED).startsWith("rejected: duplicate of ") && got.get("b-" + SEED).contains("a-" + SEED),
                got.get("b-" + SEED));
        assertEquals(5, result.documentsWithStatus("rejected"));
        assertEquals(1L, result.rejectedReasons().get("duplicate of another input file"));
    }

    @Test
    void aDuplicateAddsNoFacts() throws Exception {
        try (LakeQueries q = new LakeQueries(lake)) {
            assertEquals(1, q.count("SELECT count(DISTINCT doc_id) FROM facts WHERE origin <> 'correction'"));
            assertEquals(0, q.count("SELECT count(*) FROM (SELECT doc_id, concept, member, period_end, scenario, "
                    + "source_line, count(*) n FROM facts GROUP BY ALL HAVING n > 1)"));
        }
    }

    @Test
    void aCorrectionReplacesTheExtractedFigureAndUnmatchedOnesAreReported() throws Exception {
        try (LakeQueries q = new LakeQueries(lake)) {
            List<Map<String, Object>> selected = q.rows("SELECT doc_id, origin, value, authority FROM facts "
                    + "WHERE selected AND association_id = 'soderasen' AND concept = 'revenue_total' AND member = '' "
                    + "AND period_end = DATE '2023-12-31' AND scenario = 'actual'");
            assertEquals(1, selected.size(), selected.toString());
            assertEquals("correction:2", selected.get(0).get("doc_id"));
            assertEquals(3100000.0, selected.get(0).get("value"));
            assertEquals(0, selected.get(0).get("authority"));
            assertTrue(q.count("SELECT count(*) FROM facts WHERE NOT selected AND concept = 'revenue_total' "
                    + "AND period_end = DATE '2023-12-31' AND origin <> 'correction'") >= 1);
        }
        assertTrue(result.notices().contains("correction on line 3 matches nothing"), result.notices().toString());
        assertTrue(result.notices().stream().anyMatch(n -> n.startsWith("correction on line 4 is invalid")));
        String manifest = Files.readString(lake.resolve("_runs").resolve(result.runId() + ".json"));
        assertTrue(manifest.contains("correction on line 3 matches nothing"));
    }
}
