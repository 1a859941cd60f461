package se.finsambench.pipeline.job;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What one ingest run reads and writes.
 *
 * @param input          folder of report files (any Hadoop path: local, hdfs:, s3a:)
 * @param lake           lake root (any Hadoop path; finsam.duckdb and symlinks only for local lakes)
 * @param corrections    corrections CSV, or null / missing file for none
 * @param maxFileSize    files larger than this (bytes) are rejected without being loaded
 * @param timeoutSeconds time limit per document for reading and extraction
 * @param progress       where the progress line goes, or null for none
 * @param cache          take extractions from the lake's extraction cache ({@code --no-cache}: false, everything is
 *                       extracted and the cache refreshed)
 * @param retryFailed    extract again the documents the cache remembers as timed out ({@code --retry-failed})
 */
public record IngestOptions(String input, String lake, Path corrections, long maxFileSize, long timeoutSeconds,
                            PrintStream progress, boolean cache, boolean retryFailed) {

    public IngestOptions(String input, String lake, Path corrections, long maxFileSize, long timeoutSeconds,
                         PrintStream progress) {
        this(input, lake, corrections, maxFileSize, timeoutSeconds, progress, true, false);
    }

    public static final long DEFAULT_MAX_FILE_SIZE = 64L << 20;

    public static IngestOptions of(String input, String lake) {
        return new IngestOptions(input, lake, null, DEFAULT_MAX_FILE_SIZE, 120, null);
    }

    public IngestOptions withCorrections(Path file) {
        return new IngestOptions(input, lake, file, maxFileSize, timeoutSeconds, progress, cache, retryFailed);
    }

    public IngestOptions withMaxFileSize(long bytes) {
        return new IngestOptions(input, lake, corrections, bytes, timeoutSeconds, progress, cache, retryFailed);
    }

    public IngestOptions withCache(boolean use) {
        return new IngestOptions(input, lake, corrections, maxFileSize, timeoutSeconds, progress, use, retryFailed);
    }

    public IngestOptions withTimeoutSeconds(long seconds) {
        return new IngestOptions(input, lake, corrections, maxFileSize, seconds, progress, cache, retryFailed);
    }

    public IngestOptions withRetryFailed(boolean retry) {
        return new IngestOptions(input, lake, corrections, maxFileSize, timeoutSeconds, progress, cache, retry);
    }

    public IngestOptions withProgress(PrintStream out) {
        return new IngestOptions(input, lake, corrections, maxFileSize, timeoutSeconds, out, cache, retryFailed);
    }
}
