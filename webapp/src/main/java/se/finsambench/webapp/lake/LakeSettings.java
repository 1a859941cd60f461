package se.finsambench.webapp.lake;

import java.time.Duration;

/**
 * Limits DuckDB runs under. The web app shares a small machine with the pipeline, so memory and threads
 * are capped; {@code recheck} bounds how often CURRENT is looked at (a stat per request would be waste).
 */
public record LakeSettings(String memoryLimit, int threads, Duration recheck) {

    public static LakeSettings defaults() {
        return new LakeSettings("1GB", 2, Duration.ofSeconds(1));
    }

    public LakeSettings {
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("memory limit must look like 512MB or 2GB: " + memoryLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
