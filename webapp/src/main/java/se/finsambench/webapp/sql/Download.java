package se.finsambench.webapp.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole result written to a temporary file before the first byte goes out, so a query that fails or runs
 * out of time is a clean error answer and not a cut-off file. The caller sends it and then closes it.
 */
public record Download(Path file, String contentType, String fileName, long rows, boolean truncated, long elapsedMs)
        implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // A leftover temporary file is harmless; the OS cleans its temporary folder.
        }
    }
}
