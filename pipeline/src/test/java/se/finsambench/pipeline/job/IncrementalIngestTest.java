package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ingest with the extraction cache: an archive is ingested, files are added, changed, and the cache is
 * tampered with; each re-ingest takes what it can from the cache, and publishes the same lake as a full run.
 * The steps build on each other (one lake), in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalIngestTest {

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path archive;
    static Path lake;
    static IngestResult first;

    @BeforeAll
    static void ingestArchive() throws Exception {
        spark = SparkSessions.create("local[2]");
        archive = Files.createDirectories(tmp.resolve("archive"));
        for (String s : HostileCorpus.SEEDS.subList(0, 4)) {
            Files.copy(HostileCorpus.seeds().resolve(s), archive.resolve(s));
        }
        // Its review depends on the day (a report for a year that has not ended): never cached.
        Files.writeString(archive.resolve("future-2031.txt"), HostileCorpus.seed(HostileCorpus.SEEDS.get(0))
                .replace("2024", "2032").replace("2023", "2031").replace("2022", "2030"));
        Files.write(archive.resolve("empty.txt"), new byte[0]); // rejected: never cached
        lake = tmp.resolve("lake");
        first = ingest(lake, true);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static IngestResult ingest(Path into, boolean cache) throws Exception {
        return new IngestJob(spark, IngestOptions.of(archive.toString(), into.toString()).withCache(cache)).run();
    }

    @Test
    @Order(1)
    void aFirstRunExtractsEverythingAndCachesWhatCannotChange() throws Exception {
        assertEquals(0, first.fromCache());
        assertEquals(6, first.extracted());
        assertEquals(1, first.documentsWithStatus(DocumentRows.REJECTED)); // the empty file
        assertEquals(1, cacheParts().size());
    }

    @Test
    @Order(2)
    void addedFilesAreExtractedTheRestComesFromTheCacheAndTheLakeIsTheSameAsAFullRun() throws Exception {
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(4)), archive.resolve(HostileCorpus.SEEDS.get(4)));
        // A copy of a cached file under another name and folder: its row comes from the cache, with its own path.
        Files.createDirectories(archive.resolve("resent"));
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(1)), archive.resolve("resent/copy.txt"));

        IngestResult again = ingest(lake, true);
        assertEquals(5, again.fromCache(), "4 seeds and the copy of one");
        assertEquals(3, again.extracted(), "the new seed, the future report and the empty file");
        assertEquals(2, cacheParts().size());
        Map<String, Object> manifest = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                lake.resolve("_runs").resolve(again.runId() + ".json").toFile(), Map.class);
        assertEquals(5, ((Number) manifest.get("from_cache")).intValue());

        Path full = tmp.resolve("full");
        IngestResult fresh = ingest(full, false);
        assertEquals(0, fresh.fromCache());
        LakeComparison.Result same = LakeComparison.compare(lake, full);
        assertTrue(same.same(), same.describe());
        try (LakeQueries q = new LakeQueries(lake)) {
            assertEquals(1, q.count("SELECT count(*) FROM documents WHERE source_path LIKE '%/resent/copy.txt' "
                    + "AND status = 'rejected' AND duplicate_of LIKE '%/" + HostileCorpus.SEEDS.get(1) + "'"));
            assertEquals(1, q.count("SELECT count(*) FROM documents WHERE source_path LIKE '%/future-2031.txt' "
                    + "AND status = 'partial'"));
            assertTrue(q.count("SELECT count(*) FROM meetings WHERE source_path LIKE '" + archive + "/%'") > 0);
        }
    }

    @Test
    @Order(3)
    void aChangedFileIsExtractedAgain() throws Exception {
        Path changed = archive.resolve(HostileCorpus.SEEDS.get(2));
        Files.writeString(changed, Files.readString(changed) + "\nTillägg: inga ändringar.\n");
        IngestResult again = ingest(lake, true);
        assertEquals(3, again.extracted(), "the changed file, the future report and the empty file");
        assertEquals(5, again.fromCache());
        String hash = ExtractDocuments.sha256(Files.readAllBytes(changed));
        try (LakeQueries q = new LakeQueries(lake)) {
            assertEquals(hash, q.rows("SELECT doc_id FROM documents WHERE source_path = '" + changed + "'").get(0)
                    .get("doc_id"));
        }
    }

    @Test
    @Order(4)
    void aCacheOfAnotherExtractorVersionIsIgnored() throws Exception {
        Path current = lake.resolve(ExtractionCache.DIR).resolve("version=" + ExtractionCache.version());
        Files.move(current, current.resolveSibling("version=0." + ExtractionCache.LAYOUT));
        IngestResult again = ingest(lake, true);
        assertEquals(0, again.fromCache());
        assertEquals(8, again.extracted());
        assertEquals(1, cacheParts().size(), "the run cached everything again, under its own version");
    }

    @Test
    @Order(5)
    void aCorruptCachePartIsIgnoredWithANotice() throws Exception {
        Path bad = Files.createDirectories(lake.resolve(ExtractionCache.DIR).resolve("version=" + ExtractionCache.version())
                .resolve("run=00000000T000000Z-000000"));
        Files.write(bad.resolve("part-00000.snappy.parquet"), "not parquet at all".getBytes(StandardCharsets.UTF_8));
        IngestResult again = ingest(lake, true);
        assertEquals(6, again.fromCache(), "the good part is still used");
        assertTrue(again.notices().stream().anyMatch(n -> n.startsWith("ignored the extraction cache part")
                && n.contains("run=00000000T000000Z-000000")), again.notices().toString());
    }

    @Test
    @Order(6)
    void noCacheExtractsEverythingAndReplacesTheCache() throws Exception {
        IngestResult again = ingest(lake, false);
        assertEquals(0, again.fromCache());
        assertEquals(8, again.extracted());
        List<Path> parts = cacheParts();
        assertEquals(List.of("run=" + again.runId()), parts.stream().map(p -> p.getFileName().toString()).toList());
    }

    static List<Path> cacheParts() throws Exception {
        Path folder = lake.resolve(ExtractionCache.DIR).resolve("version=" + ExtractionCache.version());
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("run=")).sorted().toList();
        }
    }
}
