package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders and files named the way people name them — spaces, brackets, braces, stars, question marks, quotes,
 * å/ä/ö, a leading dash, and a name that is not UTF-8 at all — are read and published by their names, never as
 * patterns: an input folder and a lake called {@value #ODD}, ingested twice (the second run reads the extraction
 * cache back with Spark), queried through the lake's DuckDB catalog.
 */
class OddPathsIngestTest {

    static final String ODD = "Rapporter [2023] *ö {a,b} ?";

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;
    static IngestResult first;
    static IngestResult second;

    /** File name → the seed it holds. */
    static final Map<String, String> FILES = Map.of(
            "årsredovisning 2023 [slutlig] {v2}.txt", HostileCorpus.SEEDS.get(0),
            "-delårsrapport *ny*?.txt", HostileCorpus.SEEDS.get(1),
            "it's \"final\" 100%20 #1.txt", HostileCorpus.SEEDS.get(2),
            "a:b;c=d.txt", HostileCorpus.SEEDS.get(4));
    /** A name written by an old Windows program: "protokoll-å.txt" in Windows-1252, not valid UTF-8. */
    static final String LATIN1_NAME = "protokoll-%E5.txt";

    @BeforeAll
    static void ingestTwice() throws Exception {
        spark = SparkSessions.create("local[2]");
        Path in = Files.createDirectories(tmp.resolve("in").resolve(ODD).resolve("[x] ?"));
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            Files.copy(HostileCorpus.seeds().resolve(f.getValue()), in.resolve(f.getKey()));
        }
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(3)),
                Path.of(URI.create(in.toUri() + LATIN1_NAME)));
        lake = Files.createDirectories(tmp.resolve("lakes")).resolve(ODD);
        String input = tmp.resolve("in").resolve(ODD).toString();
        first = new IngestJob(spark, IngestOptions.of(input, lake.toString())).run();
        second = new IngestJob(spark, IngestOptions.of(input, lake.toString())).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyFileIsReadByItsNameAndPublished() throws Exception {
        assertEquals(5, first.inputFiles());
        Map<String, String> status = new TreeMap<>();
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map<String, Object> r : q.rows("SELECT source_path, status FROM documents")) {
                status.put((String) r.get("source_path"), (String) r.get("status"));
            }
            Path folder = tmp.resolve("in").resolve(ODD).resolve("[x] ?");
            for (String name : FILES.keySet()) {
                assertTrue(usable(status.get(folder.resolve(name).toString())),
                        name + ": " + status);
            }
            assertTrue(usable(status.get(folder.resolve("protokoll-å.txt").toString())),
                    "the Windows-1252 name is shown as such and its file read: " + status);
            assertTrue(q.count("SELECT count(*) FROM facts") > 500);
            assertEquals(4, q.count("SELECT count(DISTINCT association_id) FROM documents"));
        }
    }

    private static boolean usable(String status) {
        return "ok".equals(status) || "partial".equals(status);
    }

    @Test
    void aReIngestTakesEveryFileFromTheCacheInTheOddlyNamedLake() throws Exception {
        assertEquals(5, second.fromCache(), "read back with Spark from " + lake);
        assertEquals(first.tableRows(), second.tableRows());
        assertTrue(Files.isRegularFile(lake.resolve("finsam.duckdb")));
    }
}
