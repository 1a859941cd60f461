package se.finsambench.webapp.sql;

import java.time.Duration;

/**
 * The server's limits for ad hoc SQL. A client may ask for less time or fewer rows, never more: the server
 * shares a small machine with the pipeline and other analysts.
 *
 * @param timeout     longest a query may run, fetching included
 * @param pageRows    rows shown on the page when the client does not say
 * @param maxPageRows most rows a JSON answer may carry
 * @param downloadRows most rows a CSV or Parquet download (or the command line) may carry
 * @param concurrent  queries running at once; more wait briefly, then get a "busy" answer
 * @param pageBytes   most bytes of rows a JSON answer may carry (counted as the rows are written)
 * @param downloadBytes most bytes a CSV or Parquet download may carry (counted while it is written)
 */
public record SqlLimits(Duration timeout, int pageRows, int maxPageRows, long downloadRows, int concurrent,
                        long pageBytes, long downloadBytes) {

    public static final long PAGE_BYTES = 16_000_000;
    public static final long DOWNLOAD_BYTES = 500_000_000;

    public static SqlLimits defaults() {
        return new SqlLimits(Duration.ofSeconds(30), 1000, 10_000, 1_000_000, 2);
    }

    /** The default byte caps: 16 MB for a JSON answer, 500 MB for a download. */
    public SqlLimits(Duration timeout, int pageRows, int maxPageRows, long downloadRows, int concurrent) {
        this(timeout, pageRows, maxPageRows, downloadRows, concurrent, PAGE_BYTES, DOWNLOAD_BYTES);
    }

    public SqlLimits {
        if (timeout.isNegative() || timeout.isZero() || pageRows < 1 || maxPageRows < pageRows || downloadRows < 1
                || concurrent < 1 || pageBytes < 1 || downloadBytes < 1) {
            throw new IllegalArgumentException("SQL limits must be positive, with pageRows ≤ maxPageRows");
        }
    }

    /** The same limits with another time limit (the command line's --timeout). */
    public SqlLimits withTimeout(Duration time) {
        return new SqlLimits(time, pageRows, maxPageRows, downloadRows, concurrent, pageBytes, downloadBytes);
    }

    /** The time a query gets: the server's limit, or less when the client asks for less. */
    public Duration timeout(Long requestedMillis) {
        if (requestedMillis == null || requestedMillis <= 0 || requestedMillis >= timeout.toMillis()) {
            return timeout;
        }
        return Duration.ofMillis(requestedMillis);
    }

    /** Rows for a JSON answer: the default, or what the client asks for up to the cap. */
    public int pageLimit(Integer requested) {
        if (requested == null || requested <= 0) {
            return pageRows;
        }
        return Math.min(requested, maxPageRows);
    }

    /** Rows for a download: the cap, or fewer when the client asks for fewer. */
    public long downloadLimit(Long requested) {
        if (requested == null || requested <= 0) {
            return downloadRows;
        }
        return Math.min(requested, downloadRows);
    }
}
