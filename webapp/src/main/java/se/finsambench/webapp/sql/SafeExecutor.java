package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import se.finsambench.webapp.lake.Lake;

/**
 * Runs one analyst query on a connection of its own from the lake (read-only, external access off, only the
 * lake's folder allowed, memory capped, configuration locked — see Lake), after {@link StatementGate} let it
 * through; cancels it from a timer when it runs past its time and checks the clock for every row it hands on
 * (a streamed result is not stopped by the cancel alone); stops at a row cap or when the next row would not fit
 * the sink's byte cap, and says whether rows were left. Running out of memory, in DuckDB or in Java, is an
 * answer like any other. The page, the API, the downloads and the command line all run SQL through here.
 */
public final class SafeExecutor implements AutoCloseable {

    private final Lake lake;
    private final LakePaths paths;
    private final SqlLimits limits;
    private final Semaphore slots;

    public SafeExecutor(Lake lake, SqlLimits limits) {
        this.lake = lake;
        this.paths = new LakePaths(lake.dir());
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrent(), true);
    }

    public SqlLimits limits() {
        return limits;
    }

    /** Checks a text without running it (a query is saved only if it could run). */
    public void check(String sql) {
        lake.read(conn -> StatementGate.check(conn, sql, paths));
    }

    /**
     * Runs {@code sql}, handing at most {@code maxRows} rows to the sink within {@code timeout} (already
     * bounded by {@link SqlLimits#timeout}), no text value longer than {@code maxBytes}. Throws {@link SqlError}
     * when refused, wrong, too slow or too big.
     */
    public Outcome run(String sql, long maxRows, long maxBytes, Duration timeout, RowSink sink) {
        long started = System.nanoTime();
        acquire(timeout);
        try {
            return lake.read(conn -> {
                StatementGate.check(conn, sql, paths);
                return execute(conn, sql, new Caps(maxRows, maxBytes, started + timeout.toNanos(), timeout), sink, started);
            });
        } catch (UncheckedIOException e) {
            throw new SqlError(SqlError.Kind.UNAVAILABLE, "Resultatet kunde inte skrivas: " + e.getCause().getMessage());
        } catch (OutOfMemoryError e) {
            // One allocation too large for the heap failed; what it would have held was never made.
            throw DuckDbErrors.outOfMemory();
        } finally {
            slots.release();
        }
    }

    /** How far a run may go: rows, bytes of one value, and the moment it must have ended. */
    private record Caps(long rows, long bytes, long deadline, Duration timeout) {
        void checkClock(StatementTimer timer) {
            if (timer.fired() || System.nanoTime() > deadline) {
                throw DuckDbErrors.timeout(timeout.toMillis());
            }
        }
    }

    private Outcome execute(Connection conn, String sql, Caps caps, RowSink sink, long started) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            try (StatementTimer timer = StatementTimer.cancelAfter(ps, Duration.ofNanos(caps.deadline() - System.nanoTime()))) {
                try {
                    return fetch(ps, caps, sink, timer, started);
                } catch (SQLException e) {
                    if (timer.fired()) {
                        throw DuckDbErrors.timeout(caps.timeout().toMillis());
                    }
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw DuckDbErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome fetch(PreparedStatement ps, Caps caps, RowSink sink, StatementTimer timer, long started)
            throws SQLException, IOException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Column> columns = columns(rs.getMetaData());
            sink.start(columns);
            long rows = 0;
            int n = columns.size();
            boolean full = false;
            while (rows < caps.rows() && rs.next()) {
                caps.checkClock(timer);
                Object[] values = new Object[n];
                boolean tooLong = false;
                for (int i = 0; i < n; i++) {
                    values[i] = Values.plain(rs.getObject(i + 1));
                    // A text longer than the cap is not even serialised: it cannot fit.
                    tooLong |= values[i] instanceof String text && text.length() > caps.bytes();
                }
                if (tooLong || !sink.row(values)) {
                    full = true;
                    break;
                }
                rows++;
            }
            if (full && rows == 0) {
                throw DuckDbErrors.tooLarge(caps.bytes());
            }
            boolean truncated = full || (rows == caps.rows() && rs.next());
            caps.checkClock(timer);
            return new Outcome(columns, rows, truncated, full, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Column> columns(ResultSetMetaData md) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(new Column(md.getColumnLabel(i), md.getColumnTypeName(i)));
        }
        return columns;
    }

    /** A query waits for a free slot at most a second (or its own time), then the analyst is told to retry. */
    private void acquire(Duration timeout) {
        try {
            if (!slots.tryAcquire(Math.min(1000, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                throw new SqlError(SqlError.Kind.UNAVAILABLE, "Servern kör redan " + limits.concurrent()
                        + " frågor. Försök igen om en stund.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlError(SqlError.Kind.UNAVAILABLE, "Frågan avbröts innan den hann starta.");
        }
    }

    /** Nothing of its own to release (the timer thread is shared); kept so callers can hold it in try-with-resources. */
    @Override
    public void close() {
    }
}
