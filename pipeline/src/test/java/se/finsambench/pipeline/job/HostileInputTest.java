package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest over what 75 offices send ({@link HostileCorpus}): the run finishes, every file gets a documents row
 * with a plain reason where it is refused, nothing is loaded past the size limit, and the figures of the valid
 * reports are exactly those of a clean run over them alone.
 */
class HostileInputTest {

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path cleanLake;
    static Path hostileLake;
    static IngestResult hostile;
    static Map<String, String> outcome = new TreeMap<>();

    @BeforeAll
    static void ingestCleanThenHostile() throws Exception {
        spark = SparkSessions.create("local[2]");
        Path in = HostileCorpus.build(Files.createDirectories(tmp.resolve("reports/in")));
        Path cleanIn = HostileCorpus.seedsOnly(Files.createDirectories(tmp.resolve("clean")));
        cleanLake = tmp.resolve("clean-lake");
        hostileLake = tmp.resolve("hostile-lake");
        new IngestJob(spark, IngestOptions.of(cleanIn.toString(), cleanLake.toString())).run();
        hostile = new IngestJob(spark, IngestOptions.of(in.toString(), hostileLake.toString()),
                HostileCorpus.duringRun(in)).run();
        try (LakeQueries q = new LakeQueries(hostileLake)) {
            for (Map<String, Object> r : q.rows("SELECT regexp_replace(source_path, '^.*/in/', '') AS file, status, "
                    + "array_to_string(problems, ' | ') AS why FROM documents")) {
                outcome.put((String) r.get("file"), r.get("status") + ": " + r.get("why"));
            }
        }
        outcome.forEach((file, what) -> System.out.println(file + " -> " + what));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyListedFileHasOneDocumentRowAndTheRunSaysWhatItSkipped() {
        assertEquals(hostile.inputFiles(), outcome.size(), outcome.keySet().toString());
        assertEquals(31, outcome.size(), outcome.keySet().toString());
        assertFalse(outcome.keySet().stream().anyMatch(f -> f.startsWith("loop")), "the link loop is not walked");
        assertTrue(hostile.notices().stream().anyMatch(n -> n.contains("/in/loop -> ..") && n.contains("a loop")),
                hostile.notices().toString());
    }

    @Test
    void brokenAndHostileFilesAreRejectedWithAPlainReason() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("empty.txt", "empty file"),
                Map.entry("only-whitespace.txt", "file is empty"),
                Map.entry("random-bytes.pdf", "not a valid PDF: the file does not start with a PDF header"),
                Map.entry("truncated.pdf", "not a valid PDF: the file is damaged or incomplete"),
                Map.entry("encrypted.pdf", "PDF is encrypted"),
                Map.entry("zip-bomb.docx", "the DOCX is too large to read: its text markup expands to more than 32 MiB "
                        + "(a long Word report holds a few MiB)"),
                Map.entry("nested-100000-deep.html",
                        "could not tell which samordningsförbund the document is from | no figures found"),
                Map.entry("numbers-as-letters.txt", "could not tell which year the document covers | no figures found"),
                Map.entry("too-large.txt", "file too large (" + HostileCorpus.largeFileBytes()
                        + " bytes; the limit is 64 MiB, set by --max-file-size); it was not read"),
                Map.entry(HostileCorpus.VANISHING, InputBytes.DISAPPEARED),
                Map.entry(HostileCorpus.BECOMES_FOLDER, "the file was replaced by a folder during the run"),
                Map.entry("dangling-link.txt", "the file is a link to something that does not exist"),
                Map.entry("named-pipe.txt", "not a regular file (a pipe, socket or device)")));
        expected.forEach((file, reason) -> assertEquals("rejected: " + reason, outcome.get(file), file));
    }

    @Test
    void copiesAreUsedOnceAndAReadableCopyWinsOverAMisnamedOne() {
        assertTrue(outcome.get("z-resent/protokoll (kopia).txt").matches("rejected: duplicate of .*/in/valid/004_.*"),
                outcome.get("z-resent/protokoll (kopia).txt"));
        // not-a-zip.docx has the bytes of seed 003: the .txt copy is read, the .docx one names it.
        assertTrue(outcome.get("not-a-zip.docx").matches("rejected: duplicate of .*/in/valid/003_.* \\| not a valid "
                + "DOCX: the file is not a ZIP package"), outcome.get("not-a-zip.docx"));
        assertFalse(outcome.get("valid/003_15875534ea1158fc.txt").startsWith("rejected"));
    }

    @Test
    void impossibleFiguresMakeTheDocumentPartial() throws SQLException {
        assertTrue(outcome.get("future-2031.txt").startsWith("partial: the document reports on a period ending "
                + "2031-12-31, which has not ended yet"), outcome.get("future-2031.txt"));
        // Reported by the extractor ("line 289: a count cannot be negative …") or, for a minus it missed, by Plausibility.
        String negative = outcome.get("negative-participants.txt");
        assertTrue(negative.contains("count cannot be negative") && negative.contains("289") && negative.contains("-83"),
                negative);
        assertTrue(outcome.get("negative-participants.txt").startsWith("partial: "));
        try (LakeQueries q = new LakeQueries(hostileLake)) {
            assertEquals(0, q.count("SELECT count(*) FROM facts f JOIN documents d USING (doc_id) "
                    + "WHERE d.source_path LIKE '%negative-participants.txt' AND f.source_line = 289"));
        }
    }

    @Test
    void markupInAReportIsStoredAsTextNeverEscapedOrExecuted() throws SQLException {
        assertFalse(outcome.get("script-name.txt").startsWith("rejected"), outcome.get("script-name.txt"));
        try (LakeQueries q = new LakeQueries(hostileLake)) {
            for (String table : List.of("documents", "facts", "associations", "interventions", "decisions")) {
                assertEquals(0, q.count("SELECT count(*) FROM " + table + " t WHERE CAST(t AS VARCHAR) LIKE '%&lt;%'"),
                        table);
            }
            List<Map<String, Object>> names = q.rows("SELECT association_name FROM documents "
                    + "WHERE association_name LIKE '%<%'");
            names.forEach(r -> assertEquals(HostileCorpus.SCRIPT_NAME, r.get("association_name")));
        }
    }

    @Test
    void theValidReportsGiveTheSameDocumentsFactsAndChecksAsAlone() throws SQLException {
        String docs = "SELECT doc_id, regexp_extract(source_path, '[^/]+$') AS file, status, doc_type, association_id, "
                + "association_name, fiscal_year, period_end, array_to_string(problems, ' | ') AS problems "
                + "FROM documents WHERE source_path LIKE '%/valid/%' ORDER BY ALL";
        String facts = "SELECT doc_id, fiscal_year, period_end, scenario, concept, member, value, unit, source_line, "
                + "source_text, confidence, origin, rank FROM facts WHERE doc_id IN (SELECT doc_id FROM documents "
                + "WHERE source_path LIKE '%/valid/%' AND status <> 'rejected') ORDER BY ALL";
        String checks = "SELECT doc_id, check_id, period_end, expected, actual, passed FROM checks "
                + "WHERE doc_id IN (SELECT doc_id FROM documents WHERE source_path LIKE '%/valid/%') ORDER BY ALL";
        try (LakeQueries alone = new LakeQueries(cleanLake); LakeQueries amid = new LakeQueries(hostileLake)) {
            for (String sql : List.of(docs, facts, checks)) {
                List<Map<String, Object>> expected = alone.rows(sql);
                assertNotEquals(0, expected.size(), sql);
                assertEquals(expected, amid.rows(sql), sql);
            }
        }
    }

    @Test
    void reEncodedCopiesOfAReportGiveItsFigures() throws SQLException {
        String facts = "SELECT f.concept, f.member, f.period_end, f.scenario, f.value, f.unit, f.source_line FROM facts f "
                + "JOIN documents d USING (doc_id) WHERE d.source_path LIKE '%/%s' ORDER BY ALL";
        try (LakeQueries q = new LakeQueries(hostileLake)) {
            List<Map<String, Object>> seed = q.rows(facts.replace("%s", "valid/" + HostileCorpus.ENCODED_SEED));
            assertNotEquals(0, seed.size());
            for (String variant : List.of("windows-1252.txt", "utf-16.txt", "utf-16le-no-bom.txt", "utf-8-bom.txt",
                    "crlf.txt", "cr.txt", "latin-1.txt")) {
                assertTrue(outcome.get("encodings/" + variant).startsWith("ok"), variant + ": " + outcome.get("encodings/" + variant));
                assertEquals(seed, q.rows(facts.replace("%s", "encodings/" + variant)), variant);
            }
        }
    }

    @Test
    void aStrayByteMakesTheReportPartialWithItsLineNamedAndKeepsItsOtherFigures() throws SQLException {
        String stray = outcome.get("encodings/stray-byte.txt");
        assertEquals("partial: line " + HostileCorpus.STRAY_BYTE_LINE + " has bytes that are not UTF-8, shown as \uFFFD "
                + "(the rest of the file is UTF-8)", stray);
        String facts = "SELECT f.concept, f.member, f.period_end, f.scenario, f.value, f.unit, f.source_line FROM facts f "
                + "JOIN documents d USING (doc_id) WHERE d.source_path LIKE '%/%s' AND f.source_line <> "
                + HostileCorpus.STRAY_BYTE_LINE + " ORDER BY ALL";
        try (LakeQueries q = new LakeQueries(hostileLake)) {
            assertEquals(q.rows(facts.replace("%s", "valid/" + HostileCorpus.ENCODED_SEED)),
                    q.rows(facts.replace("%s", "encodings/stray-byte.txt")));
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsLengthWithoutBeingReadOrHashed() throws IOException {
        Path file = tmp.resolve("growing.txt");
        Files.write(file, new byte[1000]);
        String location = UserPath.location(file);
        InputBytes.Read small = InputBytes.read(location, 4096, new Configuration());
        assertNull(small.problem());
        assertEquals(1000, small.bytes().length);
        Files.write(file, new byte[10_000]); // grew since it was listed at 1000 bytes
        InputBytes.Read grown = InputBytes.read(location, 4096, new Configuration());
        assertNull(grown.bytes());
        assertEquals(InputBytes.pathId(location), grown.docId());
        assertEquals("file too large (10000 bytes; the limit is 4 KiB, set by --max-file-size); it was not read",
                grown.problem());
    }
}
