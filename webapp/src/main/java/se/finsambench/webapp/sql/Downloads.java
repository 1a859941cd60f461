package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * The full result of a query as CSV or Parquet, up to the download caps in rows and bytes, spooled to a private
 * temporary folder (so the spool, too, never grows past the byte cap). The time limit covers spooling and the
 * conversion to Parquet.
 */
public final class Downloads {

    /** The formats a result can be downloaded in. */
    public enum Format {
        CSV("text/csv; charset=utf-8", "csv"),
        PARQUET("application/vnd.apache.parquet", "parquet");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public static Format parse(String name) {
            try {
                return Format.valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new SqlError(SqlError.Kind.INVALID, "Okänt format " + name + ": välj csv eller parquet.");
            }
        }
    }

    private final SafeExecutor executor;

    public Downloads(SafeExecutor executor) {
        this.executor = executor;
    }

    public Download spool(String sql, Format format, Long maxRows, Long timeoutMillis) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("finsam-sql-");
            Path csv = dir.resolve("resultat.csv");
            Outcome outcome;
            long started = System.nanoTime();
            Duration timeout = executor.limits().timeout(timeoutMillis);
            long bytes = executor.limits().downloadBytes();
            boolean parquet = format == Format.PARQUET;
            try (OutputStream w = new java.io.BufferedOutputStream(Files.newOutputStream(csv), 1 << 16);
                 CsvSink sink = new CsvSink(w, bytes, parquet, !parquet)) {
                outcome = executor.run(sql, executor.limits().downloadLimit(maxRows), bytes, timeout, sink);
            }
            Path file = csv;
            if (parquet) {
                file = dir.resolve("resultat.parquet");
                ParquetExport.convert(csv, outcome.columns(), file, timeout.minusNanos(System.nanoTime() - started), timeout);
                Files.delete(csv);
            }
            return new Download(file, format.contentType, "resultat." + format.extension, outcome.rows(),
                    outcome.truncated(), outcome.elapsedMs());
        } catch (IOException | SQLException | RuntimeException e) {
            deleteAll(dir);
            if (e instanceof SqlError se) {
                throw se;
            }
            if (e instanceof SQLException || e instanceof IOException || e instanceof UncheckedIOException) {
                throw new SqlError(SqlError.Kind.UNAVAILABLE, "Nedladdningen kunde inte skapas: " + e.getMessage());
            }
            throw (RuntimeException) e;
        }
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the OS cleans its temporary folder too.
        }
    }
}
