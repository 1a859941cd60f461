package se.finsambench.pipeline.job;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.IdentityFallback;
import se.finsambench.pipeline.extract.IdentitySource;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.indicators.CheckResult;
import se.finsambench.pipeline.indicators.ReconciliationChecks;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.SourceManifest;
import se.finsambench.pipeline.read.TextDocument;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * The read and extract stage: {@link LakeSchemas#INPUT_FILE} rows (listed paths) in, {@link LakeSchemas#EXTRACTED}
 * rows out, one per file whatever happens. Each file is read here, in the task, within the size limit
 * ({@link InputBytes}); a file listed with a problem, or one that cannot be read any more, becomes a rejected
 * row. One reader and extractor per partition; each document runs on a {@link DocumentWorker} (a large stack and a
 * time limit that stops the work), so a pathological file becomes a rejected row instead of a failed job or a
 * busy core. Extraction is followed by the validation stage ({@link Plausibility}) and the reconciliation checks.
 *
 * <p>Rows come out as {@link ExtractionCache#RAW}: with a {@code cache_use} flag. A file whose bytes and reader
 * format are in the extraction cache is hashed but not extracted ({@code hit}, a placeholder row the cache fills
 * in later); a completed extraction whose outcome no later run can change is flagged {@code new}, to be cached,
 * and so is a document that ran out of time (tried again when its bytes or the extractor change, or on request).
 */
final class ExtractDocuments implements MapPartitionsFunction<Row, Row> {

    private final LongAccumulator done;
    private final long timeoutSeconds;
    private final long maxFileSize;
    private final LocalDate today;
    private final Broadcast<SerializableConfiguration> hadoopConf;
    private final Broadcast<ExtractionCache.Keys> cached;
    private final Broadcast<InputFolder> folder;

    /**
     * @param maxFileSize larger files are refused without being loaded
     * @param today       the run's date, for the validation stage ({@link Plausibility})
     * @param hadoopConf  the driver's Hadoop configuration, to read hdfs: or s3a: inputs; broadcast, because
     *                    deserialising it in every task cost more than reading a partition's small files
     * @param cached      the keys in the extraction cache
     * @param folder      the input folder and its sources.csv, for documents that do not say whose they are
     */
    ExtractDocuments(LongAccumulator done, long timeoutSeconds, long maxFileSize, LocalDate today,
                     Broadcast<SerializableConfiguration> hadoopConf, Broadcast<ExtractionCache.Keys> cached,
                     Broadcast<InputFolder> folder) {
        this.done = done;
        this.timeoutSeconds = timeoutSeconds;
        this.maxFileSize = maxFileSize;
        this.today = today;
        this.hadoopConf = hadoopConf;
        this.cached = cached;
        this.folder = folder;
    }

    /** Where the inputs lie: a file's place in the folder, and the folder's {@code sources.csv}. */
    record InputFolder(String path, SourceManifest manifest) implements java.io.Serializable {

        String relative(String file) {
            return file.startsWith(path + "/") ? file.substring(path.length() + 1) : file;
        }
    }

    /**
     * @param problems  the reader's (a line that is not UTF-8) and the checks' (when they could not run)
     * @param timeless  the outcome does not depend on the run's date ({@link Plausibility#datedAfter})
     * @param checksRan the reconciliation checks ran (else a later run may do better)
     */
    private record Outcome(TextDocument text, ExtractionResult result, List<CheckResult> checks, List<String> problems,
                           boolean timeless, boolean checksRan) {
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        DocumentReader reader = new DocumentReader(maxFileSize);
        ReportExtractor extractor = ReportExtractor.withDefaults();
        ExtractionCache.Keys keys = cached.value();
        InputFolder input = folder.value();
        return new Iterator<>() {
            private final DocumentWorker worker = new DocumentWorker(timeoutSeconds);

            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    worker.close();
                }
                return more;
            }

            @Override
            public Row next() {
                Row file = files.next();
                long start = System.nanoTime();
                String path = file.getAs("path");
                long size = file.<Long>getAs("length");
                String listed = file.getAs("problem");
                String location = file.getAs("location");
                String docId = InputBytes.pathId(location);
                Row row;
                try {
                    if (listed != null) {
                        row = raw(DocumentRows.rejected(docId, path, size, listed, millis(start)), null);
                    } else {
                        InputBytes.Read read = InputBytes.read(location, maxFileSize, hadoopConf.value().value());
                        docId = read.docId();
                        row = read.problem() != null
                                ? raw(DocumentRows.rejected(docId, path, read.size(), read.problem(), millis(start)), null)
                                : extractOne(path, read.bytes(), start);
                    }
                } catch (Throwable t) { // never let one file stop the run
                    row = raw(DocumentRows.rejected(docId, path, size, "could not be processed: " + describe(t),
                            millis(start)), null);
                }
                done.add(1);
                return row;
            }

            private Row extractOne(String path, byte[] bytes, long start) {
                String docId = sha256(bytes);
                long size = bytes.length;
                if (bytes.length == 0) {
                    return raw(DocumentRows.rejected(docId, path, size, "empty file", millis(start)), null);
                }
                String format = ExtractionCache.format(path);
                String key = format == null ? null : ExtractionCache.key(docId, format);
                if (key != null && keys.usable().contains(key)) {
                    return raw(DocumentRows.fromCache(docId, path, size, format, millis(start)), ExtractionCache.HIT);
                }
                DocumentWorker.Result<Outcome> run = worker.run(() -> run(reader, extractor, path, bytes, today, input));
                Outcome o = run.value();
                if (o == null) { // a document that ran out of time is remembered, as trying it again costs as much
                    boolean remember = run.timedOut() && key != null && !keys.stored().contains(key)
                            && !keys.timedOut().contains(key);
                    return raw(DocumentRows.rejected(docId, path, size, run.failure(), millis(start)),
                            remember ? ExtractionCache.NEW : null);
                }
                if (o.result() == null) {
                    return raw(DocumentRows.rejected(docId, path, size, o.problems().get(0), millis(start)), null);
                }
                // Only an outcome the bytes alone decide is cached: not an identity told by the file's place.
                boolean cache = key != null && o.timeless() && o.checksRan() && !keys.stored().contains(key)
                        && o.result().info().identitySource() == IdentitySource.TEXT;
                return raw(DocumentRows.extracted(docId, path, size, o.text(), o.result(), o.checks(),
                        o.problems(), millis(start)), cache ? ExtractionCache.NEW : null);
            }
        };
    }

    private static Outcome run(DocumentReader reader, ReportExtractor extractor, String path, byte[] bytes,
                               LocalDate today, InputFolder input) {
        TextDocument text;
        try {
            text = reader.read(path, bytes);
        } catch (UnreadableDocumentException e) {
            return new Outcome(null, null, List.of(), List.of(e.reason()), false, false);
        }
        ExtractionResult extracted = IdentityFallback.resolve(extractor.extract(text), input.relative(path), input.manifest());
        boolean timeless = !Plausibility.datedAfter(extracted, today);
        ExtractionResult result = Plausibility.review(extracted, today);
        List<String> problems = new ArrayList<>(text.problems());
        List<CheckResult> checks;
        boolean checksRan = true;
        try {
            checks = ReconciliationChecks.run(result);
        } catch (RuntimeException | StackOverflowError e) {
            checks = List.of();
            checksRan = false;
            problems.add("reconciliation checks could not run: " + describe(e));
        }
        return new Outcome(text, result, checks, problems, timeless, checksRan);
    }

    /** An {@link LakeSchemas#EXTRACTED} row with the {@code cache_use} flag of {@link ExtractionCache#RAW}. */
    private static Row raw(Row row, String cacheUse) {
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = cacheUse;
        return RowFactory.create(values);
    }

    static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the document is nested too deeply to read (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "the document needs more memory than is available";
        }
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
