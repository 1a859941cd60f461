package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL while it writes its snapshot leaves the published lake complete and readable,
 * and the next ingest publishes a complete one and removes what the killed run left. The killed run is the
 * command line in a separate JVM, started the way the launcher starts it.
 */
class CrashSafetyTest {

    /** Enough copies that the killed run is well under way (listing, extraction) before it writes. */
    static final int COPIES = 12;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;
    static Path bigInput;
    static String firstRun;
    static Map<String, Long> firstCounts;

    @BeforeAll
    static void publishALakeFromTheSeeds() throws Exception {
        long started = System.nanoTime();
        spark = SparkSessions.create("local[2]");
        lake = tmp.resolve("lake");
        Path seeds = HostileCorpus.seedsOnly(Files.createDirectories(tmp.resolve("seeds")));
        firstRun = new IngestJob(spark, IngestOptions.of(seeds.toString(), lake.toString())).run().runId();
        firstCounts = counts(lake);
        System.out.printf("first run: %.1f s%n", (System.nanoTime() - started) / 1e9);
        bigInput = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < COPIES; i++) {
            for (String seed : HostileCorpus.SEEDS) { // one byte more each, so no copy is a duplicate
                Files.writeString(bigInput.resolve(i + "-" + seed), HostileCorpus.seed(seed) + "\n" + i + "\n");
            }
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aKilledIngestLeavesThePublishedLakeAndTheNextIngestPublishesAndCleansUp() throws Exception {
        List<String> stderr = new ArrayList<>();
        long started = System.nanoTime();
        Process child = startIngest(bigInput, lake, stderr);
        Path staging = waitForStagedTable(child, 120);
        System.out.printf("killed run: %.1f s to start writing%n", (System.nanoTime() - started) / 1e9);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(stderr.stream().anyMatch(l -> l.contains("Extracting:")), "the run was under way: " + tail(stderr));
        assertTrue(Files.exists(staging), "killed while writing " + staging);

        assertEquals(firstRun, current(lake), "CURRENT still names the published run");
        assertEquals(firstCounts, counts(lake), "the published lake is whole and readable");

        long nextStarted = System.nanoTime();
        IngestResult next = new IngestJob(spark, IngestOptions.of(bigInput.toString(), lake.toString())).run();
        System.out.printf("next run: %.1f s%n", (System.nanoTime() - nextStarted) / 1e9);
        assertEquals(next.runId(), current(lake));
        assertTrue(next.notices().stream().anyMatch(n -> n.startsWith("removed .staging-") && n.endsWith("interrupted run")),
                next.notices().toString());
        try (Stream<Path> left = Files.list(lake)) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging-")).toList();
            assertEquals(List.of(), names, "no staging folder is left");
        }
        Map<String, Long> counts = counts(lake);
        assertEquals(COPIES * HostileCorpus.SEEDS.size(), counts.get("documents"));
        assertEquals(next.tableRows().get("facts"), counts.get("facts"));
        assertTrue(Files.isDirectory(lake.resolve("snapshots").resolve(firstRun)), "the previous snapshot is kept");
    }

    @Test
    void aSecondIngestOnALakeInUseIsRefusedBeforeItTouchesIt() throws Exception {
        Path busy = tmp.resolve("busy-lake");
        LakePublisher holder = new LakePublisher(spark.sparkContext().hadoopConfiguration(), busy.toString(), "run-a");
        try (LakePublisher.Lock held = holder.lock()) {
            IOException e = assertThrows(IOException.class, () ->
                    new IngestJob(spark, IngestOptions.of(tmp.resolve("seeds").toString(), busy.toString())).run());
            assertTrue(e.getMessage().startsWith("another ingest is running on the lake"), e.getMessage());
        }
        assertFalse(Files.exists(busy.resolve("CURRENT")));
    }

    @Test
    void whatARunKilledAtAnyStepLeftIsRemovedAndThePublishedSnapshotKept() throws Exception {
        Path lake2 = tmp.resolve("lake-killed-late");
        String published = "20260101T000000Z-aaaaaa";
        String promoted = "20260102T000000Z-bbbbbb"; // killed after promote, before CURRENT was switched
        Files.createDirectories(lake2.resolve("snapshots/" + published + "/facts"));
        Files.createDirectories(lake2.resolve("snapshots/" + promoted + "/facts"));
        Files.writeString(lake2.resolve("CURRENT"), published + "\n");
        Files.writeString(lake2.resolve(".CURRENT-" + promoted), promoted);
        Files.createSymbolicLink(lake2.resolve(".current-" + promoted), Path.of("snapshots", promoted));
        Files.writeString(lake2.resolve(".finsam.duckdb-" + promoted), "partial catalog");
        Files.createDirectories(lake2.resolve(".staging-20260103T000000Z-cccccc/documents"));
        LakePublisher next = new LakePublisher(spark.sparkContext().hadoopConfiguration(), lake2.toString(), "run-d");
        try (LakePublisher.Lock lock = next.lock()) {
            assertEquals(List.of(".CURRENT-" + promoted, ".current-" + promoted, ".finsam.duckdb-" + promoted,
                    ".staging-20260103T000000Z-cccccc", "snapshots/" + promoted),
                    lock.removedLeftovers().stream().sorted().toList());
        }
        assertTrue(Files.isDirectory(lake2.resolve("snapshots/" + published + "/facts")));
        assertEquals(published, current(lake2));
    }

    /** finsambench ingest in its own JVM: the test classpath, the Java 17 opens, Spark on local[2]. */
    static Process startIngest(Path input, Path lake, List<String> stderr) throws IOException {
        Path childTmp = Files.createDirectories(tmp.resolve("child-tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + childTmp));
        command.addAll(Arrays.asList(SparkSessions.JAVA17_OPENS.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "se.finsambench.pipeline.cli.FinsamBench",
                "ingest", "--input", input.toString(), "--lake", lake.toString(), "--master", "local[2]",
                "--corrections", tmp.resolve("no-corrections.csv").toString()));
        Process p = new ProcessBuilder(command).directory(childTmp.toFile())
                .redirectOutput(tmp.resolve("child-stdout.txt").toFile()).start();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (stderr) {
                        stderr.add(line);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        }, "child-stderr");
        drain.setDaemon(true);
        drain.start();
        return p;
    }

    /** Waits until the child has begun writing a table of its snapshot, the moment a crash could do harm. */
    static Path waitForStagedTable(Process child, long seconds) throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000;
        while (System.currentTimeMillis() < until && child.isAlive()) {
            try (Stream<Path> entries = Files.list(lake)) {
                for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                    try (Stream<Path> tables = Files.list(staging)) {
                        if (tables.findAny().isPresent()) {
                            return staging;
                        }
                    } catch (IOException e) {
                        // appeared and went between the two listings
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never started writing (alive: " + child.isAlive() + ")");
    }

    static String current(Path lake) throws IOException {
        return Files.readString(lake.resolve("CURRENT")).strip();
    }

    /** Rows per table through finsam.duckdb, checked against the Parquet of CURRENT's snapshot read directly. */
    static Map<String, Long> counts(Path lake) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        Path snapshot = lake.resolve("snapshots").resolve(current(lake));
        try (LakeQueries q = new LakeQueries(lake)) {
            for (String table : IngestJob.TABLES) {
                long viaCatalog = q.count("SELECT count(*) FROM " + table);
                long viaFiles = q.count("SELECT count(*) FROM read_parquet('" + snapshot.resolve(table)
                        + "/**/*.parquet', hive_partitioning = true)");
                assertEquals(viaCatalog, viaFiles, table);
                counts.put(table, viaCatalog);
            }
        }
        assertNotEquals(0L, counts.get("facts"));
        return counts;
    }

    private static String tail(List<String> lines) {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
    }
}
