package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.pipeline.cli.FinsamBench;

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

    @Test
    void evaluateReadsTheOddlyNamedLakeBack() throws Exception {
        // "?" and ";" in the lake's path are not options to DuckDB when `finsambench evaluate` opens its catalog.
        // The catalog's views name the snapshot by its absolute path, so a copy of it in another folder reads it.
        Path semicolon = Files.createDirectories(tmp.resolve("lake;copy=1"));
        Files.copy(lake.resolve("finsam.duckdb"), semicolon.resolve("finsam.duckdb"));
        for (Path l : List.of(lake, semicolon)) {
            var results = se.finsambench.pipeline.evaluate.LakeResults.byFileName(l);
            assertEquals(5, results.size(), l + ": " + results.keySet());
            assertTrue(results.values().stream().mapToInt(r -> r.facts().size()).sum() > 500, l.toString());
        }
    }

    private static boolean usable(String status) {
        return "ok".equals(status) || "partial".equals(status);
    }

    /**
     * Under the POSIX locale Java cannot represent "å" in a file name (its file-name encoding is ASCII); files found
     * in a folder are still read by their bytes and shown by them. (The launcher sets a UTF-8 locale, so that
     * arguments with "å" work too; this runs Java without it.)
     */
    @Test
    void underThePosixLocaleFilesNamedWithÅäöAreReadByTheirBytes() throws Exception {
        Path posixIn = Files.createDirectories(tmp.resolve("posix-in"));
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(0)), posixIn.resolve("årsredovisning.txt"));
        Files.copy(HostileCorpus.seeds().resolve(HostileCorpus.SEEDS.get(3)),
                Path.of(URI.create(posixIn.toUri() + LATIN1_NAME)));
        Path posixLake = tmp.resolve("posix-lake");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Xmx") || a.startsWith("-Djdk.")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FinsamBench.class.getName(), "ingest",
                "--input", posixIn.toString(), "--lake", posixLake.toString()));
        ProcessBuilder java = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("posix.log").toFile());
        java.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        java.environment().put("LC_ALL", "POSIX");
        Process run = java.start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the ingest finished");
        String log = Files.readString(tmp.resolve("posix.log"));
        assertEquals(0, run.exitValue(), log);
        assertTrue(log.contains("under this locale, not UTF-8"), "Java ran under POSIX: " + log);
        try (LakeQueries q = new LakeQueries(posixLake)) {
            Map<String, Object> statuses = new TreeMap<>();
            for (Map<String, Object> r : q.rows("SELECT regexp_extract(source_path, '[^/]+$') AS file, status "
                    + "FROM documents")) {
                statuses.put((String) r.get("file"), r.get("status"));
            }
            assertEquals(Set.of("årsredovisning.txt", "protokoll-å.txt"), statuses.keySet());
            assertTrue(statuses.values().stream().allMatch(s -> usable((String) s)), statuses.toString());
        }
    }

    @Test
    void aReIngestTakesEveryFileFromTheCacheInTheOddlyNamedLake() throws Exception {
        assertEquals(5, second.fromCache(), "read back with Spark from " + lake);
        assertEquals(first.tableRows(), second.tableRows());
        assertTrue(Files.isRegularFile(lake.resolve("finsam.duckdb")));
    }
}
