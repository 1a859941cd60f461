package se.finsambench.webapp.lake;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Limits DuckDB runs under. The web app shares a small machine with the pipeline, so memory and threads
 * are capped; {@code recheck} bounds how often CURRENT is looked at (a stat per request would be waste).
 * DuckDB spills what does not fit in memory (large sorts, joins) to a folder of its own under
 * {@code tempRoot}, never into the lake (its default is a folder beside the catalog, inside the snapshot),
 * and at most {@code maxTempSize} of it.
 */
public record LakeSettings(String memoryLimit, int threads, Duration recheck, Path tempRoot, String maxTempSize) {

    public static final String DEFAULT_MAX_TEMP = "2GB";

    public static LakeSettings defaults() {
        return new LakeSettings("1GB", 2, Duration.ofSeconds(1));
    }

    /** Spills under the system's temporary folder, at most 2 GB. */
    public LakeSettings(String memoryLimit, int threads, Duration recheck) {
        this(memoryLimit, threads, recheck, defaultTempRoot(), DEFAULT_MAX_TEMP);
    }

    public LakeSettings {
        requireSize(memoryLimit, "memory limit");
        requireSize(maxTempSize, "temporary folder size");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        tempRoot = tempRoot.toAbsolutePath().normalize();
    }

    public static Path defaultTempRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "finsam-duckdb");
    }

    /** "512MB", "2GB" or "1.5 GiB" as DuckDB reads them. */
    public static void requireSize(String size, String what) {
        if (size == null || !size.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException(what + " must look like 512MB or 2GB: " + size);
        }
    }
}
