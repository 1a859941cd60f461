package se.finsambench.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.job.IngestJob;
import se.finsambench.pipeline.job.IngestOptions;
import se.finsambench.pipeline.job.IngestResult;
import se.finsambench.pipeline.job.SparkSessions;
import se.finsambench.pipeline.job.UserPath;

/** {@code finsambench ingest}: a folder of reports → the Parquet lake, with a Spark job. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Read every report under a folder (recursively; txt, md, html, pdf, docx) with Spark and "
                + "publish the Parquet lake (documents, facts, checks, indicators, associations, …) atomically.",
            "Rejected files are listed in the documents table with the reason; the run still succeeds."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of report files (local path or hdfs:/s3a: URI).")
    String input;

    @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Lake root to publish into.")
    String lake;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master (default: ${DEFAULT-VALUE}), e.g. spark://host:7077.")
    String master;

    @Option(names = "--corrections", paramLabel = "FILE",
            defaultValue = "${sys:finsambench.home:-.}/data/corrections.csv",
            description = "Corrections CSV (default: ${DEFAULT-VALUE}); a missing file means none.")
    Path corrections;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "64m",
            description = "Larger files are rejected without being loaded (default: ${DEFAULT-VALUE}; k, m, g suffixes).")
    String maxFileSize;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit to read and extract one document (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--no-cache", description = "Extract every file again instead of taking unchanged files from the "
            + "lake's extraction cache (the cache is still refreshed).")
    boolean noCache;

    @Option(names = "--retry-failed", description = "Extract again the files that ran out of time in an earlier run "
            + "(the cache remembers them, so they are otherwise tried again only when they or the extractor change).")
    boolean retryFailed;

    @Override
    public Integer call() throws Exception {
        long maxBytes = parseSize(maxFileSize);
        try {
            UserPath in = UserPath.of(input);
            UserPath.of(lake);
            if (in.isLocal() && !Files.isDirectory(in.local())) {
                throw new ParameterException(spec.commandLine(), "No such folder: " + input);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        // Spark's own master flag wins when run by spark-submit; otherwise --master.
        String effectiveMaster = System.getProperty("spark.master", master);
        IngestOptions options = new IngestOptions(input, lake, corrections, maxBytes, timeoutSeconds, System.err, !noCache,
                retryFailed);
        SparkSession spark = SparkSessions.create(effectiveMaster);
        try {
            IngestResult result = new IngestJob(spark, options).run();
            printSummary(out, result);
        } finally {
            spark.stop();
        }
        return 0;
    }

    static void printSummary(PrintWriter out, IngestResult r) {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        TreeSet<String> types = new TreeSet<>();
        r.documentsByStatusAndType().forEach((key, n) -> {
            String[] parts = key.split("\\|", 2);
            table.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(parts[1], n);
            types.add(parts[1]);
        });
        out.printf(Locale.ROOT, "%nDocuments: %d input files%n", r.inputFiles());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-10s", "status"));
        types.forEach(t -> header.append(String.format(Locale.ROOT, " %15s", t)));
        out.println(header.append(String.format(Locale.ROOT, " %8s", "total")));
        table.forEach((status, counts) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", status));
            types.forEach(t -> line.append(String.format(Locale.ROOT, " %15d", counts.getOrDefault(t, 0L))));
            out.println(line.append(String.format(Locale.ROOT, " %8d",
                    counts.values().stream().mapToLong(Long::longValue).sum())));
        });
        if (!r.rejectedReasons().isEmpty()) {
            out.printf(Locale.ROOT, "Rejected: %d files%n", r.documentsWithStatus("rejected"));
            r.rejectedReasons().forEach((reason, n) -> out.printf(Locale.ROOT, "  %5d  %s%n", n, reason));
        }
        out.printf(Locale.ROOT, "Facts: %d (%d selected for indicators)%n", r.tableRows().getOrDefault("facts", 0L),
                r.selectedFacts());
        out.printf(Locale.ROOT, "Checks: %d (%d failed)%n", r.tableRows().getOrDefault("checks", 0L), r.failedChecks());
        out.printf(Locale.ROOT, "Indicators: %d; associations: %d%n", r.tableRows().getOrDefault("indicators", 0L),
                r.tableRows().getOrDefault("associations", 0L));
        r.notices().forEach(n -> out.println("Note: " + n));
        out.printf(Locale.ROOT, "Lake: %s (snapshot %s)%n", r.lake().replaceFirst("^file:", ""), r.runId());
        if (r.duckdb() != null) {
            out.println("DuckDB: " + r.duckdb());
        }
        StringBuilder times = new StringBuilder("Time:");
        r.stageMillis().forEach((stage, ms) -> {
            times.append(String.format(Locale.ROOT, " %s %.1f s", stage, ms / 1000.0));
            if (stage.equals("extract")) {
                times.append(String.format(Locale.ROOT, " (%,d from cache, %,d extracted)", r.fromCache(), r.extracted()));
            }
            times.append(',');
        });
        out.println(times.substring(0, times.length() - 1));
        out.printf(Locale.ROOT, "CPU: %.1f s in stages; driver heap peak %d MB%n",
                r.stageCpuMillis().values().stream().mapToLong(Long::longValue).sum() / 1000.0, r.peakHeapBytes() >> 20);
        out.flush();
    }

    static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
            factor = switch (t.charAt(t.length() - 1)) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                default -> 1L << 30;
            };
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t.trim()) * factor;
    }
}
