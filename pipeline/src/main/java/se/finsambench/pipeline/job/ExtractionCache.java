package se.finsambench.pipeline.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.IOException;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import se.finsambench.pipeline.extract.BundledData;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * The extraction cache, so that re-ingesting an archive only extracts what is new. It lives in the lake:
 * <pre>
 * LAKE/_cache/extracted/version=&lt;v&gt;/run=&lt;runId&gt;/   Parquet, {@link LakeSchemas#EXTRACTED} rows + reviewed_on
 * </pre>
 * A row is keyed by the document's content hash ({@code doc_id}), the reader format its file name selects
 * ({@code format}) and the version {@code v} = {@link ReportExtractor#VERSION}.{@link #LAYOUT}.{@link
 * BundledData#fingerprint()} (a hash of the bundled vocabulary and reference files, so editing
 * {@code concepts.tsv} or another word list makes every document be extracted again). Parts are
 * append-only: each run writes the rows it extracted and could not find, as one new part, written under a
 * hidden name ({@code .tmp-run=…}, which readers ignore) and renamed when complete, before the snapshot is
 * published; so a killed run never leaves a half-visible part. Other versions' folders are ignored. A part that
 * cannot be read is ignored with a notice (its documents are extracted again).
 *
 * <p>Only outcomes that a later run would reproduce are cached: completed extractions (including documents
 * rejected because nothing identifies them) whose validation found nothing dated after the run's day
 * ({@link Plausibility#datedAfter}; such findings would disappear as time passes), and whose checks ran. Files
 * that could not be read or failed are not cached and are tried again by every run. A document that ran out of
 * time is cached as such ({@link DocumentWorker#TIMED_OUT}): trying it again would cost the same time again, so it
 * is tried only when its bytes or the extractor change, or when a run asks for it ({@code --retry-failed}); a
 * completed row for the same key, from such a retry, wins over it. A cached row is used only on or after the day
 * it was reviewed ({@code reviewed_on}).
 *
 * <p>The cached row replaces the extraction; only what depends on the file's path ({@code source_path}) and
 * the time it took ({@code extract_millis}, not published) are taken from the current run, so the published
 * tables are the same as after a full extraction.
 */
final class ExtractionCache {

    /** Bump when a cached row would come out differently for the same extractor: its layout, readers, checks. */
    static final int LAYOUT = 3;
    static final String DIR = "_cache/extracted";
    static final String HIT = "hit";
    static final String NEW = "new";
    private static final String PART = "run=";
    private static final String TMP = ".tmp-";
    private static final long STALE_TMP_MS = 6L * 3600 * 1000;

    /** What the extract stage returns: an extracted row and how the cache was used for it (null: not cached). */
    static final StructType RAW = LakeSchemas.EXTRACTED.add("cache_use", StringType, true);
    /** A cached row. */
    static final StructType STORED = LakeSchemas.EXTRACTED.add("reviewed_on", DateType, false);

    private static final String[] EXTRACTED_COLUMNS = LakeSchemas.EXTRACTED.fieldNames();

    /**
     * The keys in the cache, shipped to the tasks.
     *
     * @param usable   keys whose rows this run may use
     * @param stored   every key with a completed extraction in the cache (such a key is written once)
     * @param timedOut keys whose only cached rows are documents that ran out of time
     */
    record Keys(Set<String> usable, Set<String> stored, Set<String> timedOut) implements Serializable {
    }

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path folder;
    private final String runId;
    private final LocalDate today;
    private final boolean use;
    private final List<String> parts;
    private final boolean duplicates;
    /** Some cached rows are documents that ran out of time. */
    private final boolean anyTimedOut;
    private final Broadcast<Keys> keys;
    private long fromCache;
    private long extracted;
    private long toCache;
    private long newKeys;

    private ExtractionCache(SparkSession spark, FileSystem fs, Path folder, String runId, LocalDate today, boolean use,
                            List<String> parts, boolean duplicates, boolean anyTimedOut, Keys keys) {
        this.spark = spark;
        this.fs = fs;
        this.folder = folder;
        this.runId = runId;
        this.today = today;
        this.use = use;
        this.parts = parts;
        this.duplicates = duplicates;
        this.anyTimedOut = anyTimedOut;
        this.keys = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(keys);
    }

    static String version() {
        return ReportExtractor.VERSION + "." + LAYOUT + "." + BundledData.fingerprint();
    }

    static String key(String docId, String format) {
        return docId + "|" + format;
    }

    /** The reader format a file name selects ("txt" for .txt and .text), or null when no reader takes it. */
    static String format(String path) {
        try {
            return DocumentReader.formatOf(path);
        } catch (UnreadableDocumentException e) {
            return null;
        }
    }

    /**
     * Reads the keys of the cache of the lake (one small Spark job): every readable part of this version. With
     * {@code use} false (--no-cache) nothing is read, everything is extracted, and the run's part replaces the
     * cache.
     *
     * @param retryTimedOut documents cached as timed out are extracted again ({@code --retry-failed})
     * @param notices       where parts that cannot be read are named
     */
    static ExtractionCache load(SparkSession spark, LakePublisher lake, String runId, LocalDate today, boolean use,
                                boolean retryTimedOut, List<String> notices) throws IOException {
        Path folder = new Path(lake.root(), DIR + "/version=" + version());
        FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
        List<String> parts = new ArrayList<>();
        Set<String> usable = new HashSet<>();
        Set<String> stored = new HashSet<>();
        Set<String> timedOut = new HashSet<>();
        Set<String> seen = new HashSet<>();
        boolean anyTimedOut = false;
        boolean duplicates = false;
        List<String> found = new ArrayList<>();
        if (fs.exists(folder)) {
            long now = System.currentTimeMillis();
            for (FileStatus s : fs.listStatus(folder)) {
                String name = s.getPath().getName();
                if (name.startsWith(PART) && s.isDirectory()) {
                    found.add(s.getPath().toString());
                } else if (name.startsWith(TMP) && (lake.isLocal() || now - s.getModificationTime() > STALE_TMP_MS)) {
                    fs.delete(s.getPath(), true); // left by a killed run (we hold the lake's lock)
                }
            }
            found.sort(null);
        }
        if (use && !found.isEmpty()) {
            List<String> readable = new ArrayList<>();
            for (String part : found) { // footers first, on the driver: no failed Spark jobs for a broken file
                String problem = footerProblem(fs, new Path(part), spark.sparkContext().hadoopConfiguration());
                if (problem == null) {
                    readable.add(part);
                } else {
                    notices.add(ignored(part, problem));
                }
            }
            List<Row> rows;
            try {
                rows = keyRows(spark, readable);
                parts.addAll(readable);
            } catch (Exception e) { // (Spark's errors are checked exceptions) find the part that cannot be read
                rows = new ArrayList<>();
                for (String part : readable) {
                    try {
                        rows.addAll(keyRows(spark, List.of(part)));
                        parts.add(part);
                    } catch (Exception bad) {
                        notices.add(ignored(part, ExtractDocuments.describe(rootCause(bad))));
                    }
                }
            }
            for (Row r : rows) {
                String k = key(r.getAs("doc_id"), r.getAs("format"));
                boolean outOfTime = r.<Boolean>getAs("timed_out");
                Date reviewedOn = r.getAs("reviewed_on");
                duplicates |= !seen.add(k);
                (outOfTime ? timedOut : stored).add(k);
                if (reviewedOn != null && !reviewedOn.toLocalDate().isAfter(today) && !(outOfTime && retryTimedOut)) {
                    usable.add(k);
                }
            }
            anyTimedOut = !timedOut.isEmpty();
            timedOut.removeAll(stored);
        }
        return new ExtractionCache(spark, fs, folder, runId, today, use, parts, duplicates, anyTimedOut,
                new Keys(usable, stored, timedOut));
    }

    private static String ignored(String part, String problem) {
        return "ignored the extraction cache part " + part + ": it cannot be read (" + problem
                + "); its documents were extracted again";
    }

    /** Why a part's Parquet files cannot be opened (footer and schema), or null when they can. */
    private static String footerProblem(FileSystem fs, Path part, Configuration conf) {
        try {
            int files = 0;
            for (FileStatus f : fs.listStatus(part)) {
                String name = f.getPath().getName();
                if (f.isDirectory() || name.startsWith(".") || name.startsWith("_")) {
                    continue;
                }
                files++;
                try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
                    MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                    for (String column : STORED.fieldNames()) {
                        if (!schema.containsField(column)) {
                            return f.getPath().getName() + " has no column " + column;
                        }
                    }
                }
            }
            return files == 0 ? "no data files" : null;
        } catch (IOException | RuntimeException e) {
            return ExtractDocuments.describe(e);
        }
    }

    private static List<Row> keyRows(SparkSession spark, List<String> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        return spark.read().schema(STORED).parquet(forSpark(parts))
                .select(col("doc_id"), col("format"), col("reviewed_on"), timedOut().as("timed_out"))
                .collectAsList();
    }

    /** Whether a cached row is a document that ran out of time. */
    private static Column timedOut() {
        return col("status").equalTo(DocumentRows.REJECTED)
                .and(coalesce(element_at(col("problems"), 1), lit("")).startsWith(DocumentWorker.TIMED_OUT));
    }

    /** Parts' paths as Spark's reader takes them: a lake called "Rapporter [2023]" is not a pattern. */
    private static String[] forSpark(List<String> parts) {
        return parts.stream().map(UserPath::forSparkReader).toArray(String[]::new);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    Broadcast<Keys> keys() {
        return keys;
    }

    /** Runs the extract stage (persisted {@link #RAW} rows) and counts how the cache was used; returns all rows. */
    long count(Dataset<Row> raw) {
        long total = 0;
        Column newKey = when(col("cache_use").equalTo(NEW), struct(col("doc_id"), col("format")));
        for (Row r : raw.groupBy("cache_use").agg(functions.count(lit(1)).as("rows"), countDistinct(newKey).as("keys"))
                .collectAsList()) {
            String use = r.getAs("cache_use");
            long n = r.<Long>getAs("rows");
            total += n;
            if (HIT.equals(use)) {
                fromCache += n;
            } else if (NEW.equals(use)) {
                toCache += n;
                newKeys = r.<Long>getAs("keys");
            }
        }
        extracted = total - fromCache;
        return total;
    }

    /** Files whose extraction was taken from the cache. */
    long fromCache() {
        return fromCache;
    }

    /** Files read and extracted (or rejected) by this run. */
    long extracted() {
        return extracted;
    }

    /**
     * Writes the rows this run extracted and may cache as a new part; after --no-cache the new part replaces
     * the older ones. Returns the rows written.
     */
    long write(Dataset<Row> raw) throws IOException {
        if (toCache > 0) {
            Dataset<Row> rows = raw.filter(col("cache_use").equalTo(NEW)).selectExpr(EXTRACTED_COLUMNS)
                    .withColumn("reviewed_on", lit(Date.valueOf(today)));
            if (newKeys < toCache) { // copies of a file in the input: one row (the shuffle only when needed)
                rows = rows.dropDuplicates("doc_id", "format");
            }
            int files = (int) Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), newKeys / 1000));
            Path tmp = new Path(folder, TMP + PART + runId);
            // No dictionaries: most of a row is text (every line, every fact's source text) that rarely repeats, so
            // Parquet would build dictionaries only to give them up; the cache is read back by this job only.
            rows.coalesce(files).write().mode(SaveMode.Overwrite).option("parquet.enable.dictionary", "false")
                    .parquet(tmp.toString());
            Path part = new Path(folder, PART + runId);
            if (!fs.rename(tmp, part)) {
                throw new IOException("could not move " + tmp + " to " + part);
            }
        }
        if (!use && fs.exists(folder)) {
            for (FileStatus s : fs.listStatus(folder)) {
                String name = s.getPath().getName();
                if (name.startsWith(PART) && !name.equals(PART + runId)) {
                    fs.delete(s.getPath(), true);
                }
            }
        }
        return newKeys;
    }

    /**
     * The extract stage's rows as {@link LakeSchemas#EXTRACTED}: files taken from the cache get their cached row,
     * with this run's path and time.
     */
    Dataset<Row> complete(Dataset<Row> raw) {
        Dataset<Row> extractedNow = raw.filter(col("cache_use").isNull().or(col("cache_use").notEqual(HIT)))
                .selectExpr(EXTRACTED_COLUMNS);
        if (fromCache == 0) {
            return extractedNow;
        }
        Dataset<Row> cached = spark.read().schema(STORED).parquet(forSpark(parts))
                .filter(col("reviewed_on").leq(lit(Date.valueOf(today))))
                .drop("source_path", "extract_millis", "reviewed_on");
        if (anyTimedOut) { // a completed row wins over a time-out of the same document (a retry that finished)
            Dataset<Row> completed = cached.filter(not(timedOut()));
            cached = completed.unionByName(cached.filter(timedOut())
                    .join(completed.select("doc_id", "format"), new String[] {"doc_id", "format"}, "left_anti")
                    .selectExpr(completed.columns()));
        }
        if (duplicates) { // e.g. left by a --no-cache run killed before it removed the older parts
            cached = cached.dropDuplicates("doc_id", "format");
        }
        Dataset<Row> hits = raw.filter(col("cache_use").equalTo(HIT))
                .select("doc_id", "format", "source_path", "extract_millis");
        Dataset<Row> filled = hits.join(cached, new String[] {"doc_id", "format"}).selectExpr(EXTRACTED_COLUMNS);
        return extractedNow.unionByName(filled);
    }
}
