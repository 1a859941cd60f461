package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.regexp_replace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The ingest job as named stages: list → read + extract (+ validation, checks) → documents → select facts → checks →
 * indicators → side tables → write → publish. Each stage is a small class; this one only wires them,
 * times them, and collects the small summaries the driver needs (never documents or facts).
 */
public final class IngestJob {

    static final List<String> TABLES = List.of("documents", "facts", "checks", "indicators", "associations",
            "interventions", "nns_indicators", "meetings", "decisions", "document_lines");

    private final SparkSession spark;
    private final IngestOptions options;
    private final Consumer<List<InputListing.Entry>> afterListing;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final Map<String, Long> stageCpuMillis = new LinkedHashMap<>();

    public IngestJob(SparkSession spark, IngestOptions options) {
        this(spark, options, listed -> { });
    }

    /**
     * @param afterListing called between the listing and the reading of the files; lets tests move, remove or
     *                     replace input files at the moment people do it to a running job
     */
    IngestJob(SparkSession spark, IngestOptions options, Consumer<List<InputListing.Entry>> afterListing) {
        this.spark = spark;
        this.options = options;
        this.afterListing = afterListing;
    }

    public IngestResult run() throws Exception {
        Instant start = Instant.now();
        String runId = newRunId(start);
        LakePublisher lake = new LakePublisher(spark.sparkContext().hadoopConfiguration(), options.lake(), runId);
        try (LakePublisher.Lock lock = lake.lock()) {
            List<String> notices = new ArrayList<>();
            lock.removedLeftovers().forEach(l -> notices.add("removed " + l + ", left by an interrupted run"));
            return run(start, runId, lake, notices);
        }
    }

    private IngestResult run(Instant start, String runId, LakePublisher lake, List<String> notices) throws Exception {
        Corrections.Loaded corrections = Corrections.load(options.corrections());
        notices.addAll(corrections.problems());

        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
        InputListing.Result listing = timed("list", () -> InputListing.list(hadoopConf, options.input()));
        notices.addAll(listing.notices());
        afterListing.accept(listing.files());
        long inputFiles = listing.files().size();
        LongAccumulator done = spark.sparkContext().longAccumulator("documents extracted");
        LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
        ExtractionCache cache = timed("extract", () -> ExtractionCache.load(spark, lake, runId, today, options.cache(),
                options.retryFailed(), notices));
        var hadoopConfOnce = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new SerializableConfiguration(hadoopConf));
        var folder = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new ExtractDocuments.InputFolder(listing.folder(), listing.manifest()));
        ExtractDocuments extract = new ExtractDocuments(done, options.timeoutSeconds(), options.maxFileSize(),
                today, hadoopConfOnce, cache.keys(), folder);
        Dataset<Row> extracted = ReadInputs.files(spark, listing.files())
                .mapPartitions(extract, Encoders.row(ExtractionCache.RAW))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (Progress ignored = new Progress(done, inputFiles, options.progress())) {
            timed("extract", () -> cache.count(extracted));
        }
        timed("cache", () -> cache.write(extracted));

        // One wide copy in Spark's cache at a time: the extracted rows, or, when some came from the extraction cache,
        // the completed rows (the cached parts are read once). Every table is a narrow projection of it; the
        // columnar cache reads only the columns a projection names (lines only for document_lines).
        Dataset<Row> wide = timed("documents", () -> completed(cache, extracted));
        Dataset<Row> documents = DocumentTable.markDuplicates(wide);
        Dataset<Row> documentTable = DocumentTable.table(documents).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> byStatusAndType = timed("documents", () -> statusAndType(documentTable));
        Map<String, Long> rejectedReasons = rejectedReasons(documentTable);
        Dataset<Row> usable = DocumentTable.usable(documents);

        // One name per insats across an association's documents, before a figure is chosen among its statements.
        Dataset<Row> insatser = CanonicalInterventions.mapping(usable).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> extractedFacts = CanonicalInterventions.facts(FactSelection.extracted(usable), insatser);
        Dataset<Row> correctionFacts = FactSelection.corrections(spark, corrections.rows());
        Dataset<Row> facts = FactSelection.select(extractedFacts, correctionFacts).persist(StorageLevel.MEMORY_AND_DISK());
        long selected = timed("select_facts", () -> {
            if (!corrections.rows().isEmpty()) {
                for (int line : FactSelection.unmatched(correctionFacts, extractedFacts)) {
                    notices.add("correction on line " + line + " matches nothing");
                }
            }
            return facts.filter(col("selected")).count();
        });

        Dataset<Row> checks = CheckTable.table(usable).persist(StorageLevel.MEMORY_AND_DISK());
        long failedChecks = timed("checks", () -> checks.filter(col("passed").equalTo(false)).count());

        CollectionAccumulator<String> indicatorErrors = spark.sparkContext().collectionAccumulator("indicator errors");
        Dataset<Row> indicators = IndicatorStage.compute(facts, CheckTable.failedInputs(checks), indicatorErrors)
                .persist(StorageLevel.MEMORY_AND_DISK());
        timed("indicators", indicators::count);
        indicatorErrors.value().forEach(e -> notices.add("indicators not computed for " + e));

        LakeWriter writer = new LakeWriter(lake);
        Dataset<Row> usableDocuments = DocumentTable.usable(documentTable);
        timed("write", () -> {
            writer.writeAll(List.of(
                    new LakeWriter.Table("documents", documentTable, false),
                    new LakeWriter.Table("facts", facts, true),
                    new LakeWriter.Table("checks", checks, false),
                    new LakeWriter.Table("indicators", indicators, true),
                    new LakeWriter.Table("associations", SideTables.associations(usableDocuments, facts), false),
                    new LakeWriter.Table("interventions", CanonicalInterventions.interventions(usable, insatser), false),
                    new LakeWriter.Table("nns_indicators", SideTables.nnsIndicators(facts, usable), false),
                    new LakeWriter.Table("meetings", SideTables.meetings(usableDocuments), false),
                    new LakeWriter.Table("decisions", SideTables.decisions(usable), false),
                    new LakeWriter.Table("document_lines", SideTables.documentLines(usable), false)));
            return 0L;
        });

        String duckdb = timed("publish", () -> publish(lake, runId, writer));
        List.of(extracted, wide, documentTable, insatser, facts, checks, indicators).forEach(Dataset::unpersist);
        IngestResult result = new IngestResult(runId, lake.root().toString(), lake.snapshot().toString(), duckdb,
                inputFiles, byStatusAndType, rejectedReasons, writer.rows(), selected, failedChecks, notices,
                stageMillis, stageCpuMillis, JvmUsage.peakHeapBytes(), cache.fromCache(), cache.extracted());
        lake.writeManifest(RunManifest.json(result, options, spark.sparkContext().master(), spark.version(), start,
                Instant.now()));
        return result;
    }

    /**
     * Promote the staged snapshot, build its DuckDB catalog, switch CURRENT (the commit point), then the root's
     * finsam.duckdb, drop old snapshots. finsam.duckdb never names a snapshot newer than CURRENT, so what a run
     * killed at any point leaves can be told apart from what readers use ({@link LakePublisher#lock()}).
     */
    private String publish(LakePublisher lake, String runId, LakeWriter writer) throws Exception {
        lake.promote();
        java.nio.file.Path catalog = null;
        if (lake.isLocal()) {
            java.nio.file.Path snapshot = UserPath.local(lake.snapshot());
            java.nio.file.Path inSnapshot = snapshot.resolve("finsam.duckdb");
            DuckDbCatalog.create(inSnapshot, snapshot, runId, writer.partitioned());
            catalog = UserPath.local(lake.root()).resolve(".finsam.duckdb-" + runId);
            java.nio.file.Files.copy(inSnapshot, catalog, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        lake.publish(TABLES);
        String duckdb = null;
        if (catalog != null) {
            java.nio.file.Path target = catalog.resolveSibling("finsam.duckdb");
            LakePublisher.atomicMove(catalog, target);
            duckdb = target.toString();
        }
        lake.cleanUp();
        return duckdb;
    }

    /**
     * The extracted rows with the cached extractions filled in. Without cache hits that is a projection of the
     * persisted rows; with them the completed rows are persisted instead of the extracted ones.
     */
    private static Dataset<Row> completed(ExtractionCache cache, Dataset<Row> extracted) {
        if (cache.fromCache() == 0) {
            return cache.complete(extracted);
        }
        Dataset<Row> completed = cache.complete(extracted).persist(StorageLevel.MEMORY_AND_DISK());
        completed.count();
        extracted.unpersist();
        return completed;
    }

    private static Map<String, Long> statusAndType(Dataset<Row> documents) {
        Map<String, Long> counts = new TreeMap<>();
        for (Row r : documents.groupBy("status", "doc_type").count().collectAsList()) {
            counts.put(r.getAs("status") + "|" + r.getAs("doc_type"), r.<Long>getAs("count"));
        }
        return counts;
    }

    /** Rejected files by their first problem; "duplicate of <path>" counts as one reason. */
    private static Map<String, Long> rejectedReasons(Dataset<Row> documents) {
        Map<String, Long> counts = new TreeMap<>();
        Dataset<Row> reasons = documents.filter(col("status").equalTo(DocumentRows.REJECTED))
                .select(regexp_replace(element_at(col("problems"), 1), "^duplicate of .*", "duplicate of another input file")
                        .as("reason"))
                .groupBy("reason").count();
        for (Row r : reasons.collectAsList()) {
            String reason = r.getAs("reason");
            counts.put(reason == null ? "unknown" : reason, r.<Long>getAs("count"));
        }
        return counts;
    }

    private interface Stage<T> {
        T run() throws Exception;
    }

    private <T> T timed(String name, Stage<T> stage) throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = JvmUsage.processCpuMillis();
        try {
            return stage.run();
        } finally {
            stageMillis.merge(name, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            stageCpuMillis.merge(name, JvmUsage.processCpuMillis() - cpu0, Long::sum);
        }
    }

    static String newRunId(Instant now) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now) + "-"
                + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(),
                    (byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt()});
    }
}
