package se.finsambench.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import se.finsambench.pipeline.job.IngestJob;
import se.finsambench.pipeline.job.IngestOptions;
import se.finsambench.pipeline.job.IngestResult;
import se.finsambench.pipeline.job.LakeComparison;
import se.finsambench.pipeline.job.SparkSessions;

/**
 * Incremental re-ingest (issue 7): adding 10 documents to an archive of about 10,000 (1,000 with --quick; or
 * {@value #SIZE_PROPERTY}) must
 * re-ingest in at most 10 % of the time of a full ingest, and publish the same lake as a full ingest.
 *
 * <p>The archive is the generated corpus less {@code 10 × runs} documents held back. A full ingest with no cache
 * builds the lake (T_full, first sample); then each run adds 10 of the held-back documents and re-ingests with
 * the cache (T_inc, one sample per run, each a genuine "10 new documents"). Last, the whole folder, now every
 * document, is ingested into a fresh lake with --no-cache (T_full, second sample), and the two lakes are compared
 * table by table ({@link LakeComparison}); the benchmark fails if they differ. T_full has only these two samples
 * (a full ingest of 10,000 documents takes minutes); they differ in size by {@code 10 × runs} documents (0.5 %).
 *
 * <p>The ingests run in this JVM ({@link IngestJob} on one SparkSession, {@code local[2]}), timed from the
 * job's start to its published lake; JVM and Spark start-up (a few seconds, the same for both) are not in the
 * figures. The first full ingest also warms the JIT, which later runs profit from.
 */
public final class IncrementalBench implements Benchmark {

    static final int ADDED = 10;
    static final String MASTER = "local[2]";
    /** Overrides the archive size, e.g. {@code JAVA_OPTS="-Xmx4g -Dfinsambench.bench.incremental.documents=5820"}. */
    static final String SIZE_PROPERTY = "finsambench.bench.incremental.documents";

    @Override
    public String name() {
        return "incremental";
    }

    @Override
    public List<Measurement> run(BenchSettings settings) throws Exception {
        int size = Integer.getInteger(SIZE_PROPERTY, settings.quick() ? 1000 : 10_000);
        Path reports = GeneratedCorpora.reports(settings, size);
        List<Path> files;
        try (Stream<Path> all = Files.walk(reports)) {
            files = all.filter(Files::isRegularFile).map(reports::relativize).sorted().toList();
        }
        int runs = settings.runs();
        List<List<Path>> batches = heldBack(files, runs);
        Set<Path> held = new HashSet<>();
        batches.forEach(held::addAll);

        Path work = settings.work().resolve("incremental-" + size);
        GeneratedCorpora.deleteRecursively(work);
        Path archive = Files.createDirectories(work.resolve("archive"));
        for (Path f : files) {
            if (!held.contains(f)) {
                copy(reports, archive, f);
            }
        }
        Path lake = work.resolve("lake");
        Path reference = work.resolve("lake-full");
        List<Double> full = new ArrayList<>();
        List<Double> incremental = new ArrayList<>();
        List<Double> fromCache = new ArrayList<>();
        SparkSession spark = SparkSessions.create(MASTER);
        try {
            say(settings, "full ingest of %,d documents (no cache)", files.size() - held.size());
            full.add(ingest(spark, archive, lake, false, settings).seconds());
            for (int r = 0; r < runs; r++) {
                for (Path f : batches.get(r)) {
                    copy(reports, archive, f);
                }
                say(settings, "run %d/%d: %d documents added, re-ingest with the cache", r + 1, runs, ADDED);
                Timed t = ingest(spark, archive, lake, true, settings);
                if (t.result().extracted() < ADDED) {
                    throw new IllegalStateException("the re-ingest extracted only " + t.result().extracted()
                            + " documents, but " + ADDED + " were added");
                }
                incremental.add(t.seconds());
                fromCache.add((double) t.result().fromCache());
            }
            say(settings, "full ingest of all %,d documents into a fresh lake (--no-cache), for comparison", files.size());
            full.add(ingest(spark, archive, reference, false, settings).seconds());
        } finally {
            spark.stop();
        }
        LakeComparison.Result compared = LakeComparison.compare(lake, reference);
        if (!compared.same()) {
            throw new IllegalStateException("the incrementally ingested lake " + lake + " differs from a full ingest "
                    + reference + " of the same files: " + compared.describe());
        }
        say(settings, "the incremental lake equals the full ingest: %s", compared.describe());

        double fullMedian = Measurement.of(name(), "T_full", "s", full).median();
        List<Double> ratio = incremental.stream().map(t -> t / fullMedian).toList();
        String docs = String.format(Locale.ROOT, "%,d documents", files.size());
        return List.of(
                Measurement.of(name(), "T_full: full ingest of about " + docs + ", no cache, " + MASTER, "s", full),
                Measurement.of(name(), "T_inc: " + ADDED + " documents added, re-ingest with cache", "s", incremental),
                Measurement.of(name(), "documents taken from the cache per re-ingest", "documents", fromCache),
                Measurement.of(name(), "T_inc / T_full (" + docs + ")", "ratio", ratio)
                        .against(Measurement.Target.atMost(0.10)));
    }

    /** {@code runs} batches of {@link #ADDED} files, spread evenly over the sorted list (so over all shards). */
    static List<List<Path>> heldBack(List<Path> files, int runs) {
        int count = Math.min(files.size() / 2, ADDED * runs);
        List<List<Path>> batches = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            batches.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            batches.get(i % runs).add(files.get((int) ((long) i * files.size() / count)));
        }
        return batches;
    }

    private record Timed(IngestResult result, double seconds) {
    }

    private static Timed ingest(SparkSession spark, Path input, Path lake, boolean cache, BenchSettings settings)
            throws Exception {
        long t0 = System.nanoTime();
        IngestResult r = new IngestJob(spark, IngestOptions.of(input.toString(), lake.toString()).withCache(cache)).run();
        double s = (System.nanoTime() - t0) / 1e9;
        StringBuilder stages = new StringBuilder();
        r.stageMillis().forEach((stage, ms) -> stages.append(String.format(Locale.ROOT, " %s %.1f", stage, ms / 1000.0)));
        say(settings, "  %.1f s (%,d from cache, %,d extracted;%s)", s, r.fromCache(), r.extracted(), stages);
        return new Timed(r, s);
    }

    private static void copy(Path from, Path to, Path relative) throws IOException {
        Path target = to.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(from.resolve(relative), target);
    }

    private static void say(BenchSettings settings, String format, Object... args) {
        settings.progress().println("bench: incremental: " + String.format(Locale.ROOT, format, args));
        settings.progress().flush();
    }
}
