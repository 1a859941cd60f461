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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import se.finsambench.webapp.lake.Lake;

/**
 * Runs one analyst query on a connection of its own from the lake (read-only, external access off, only the
 * lake's folder allowed, memory capped, configuration locked — see Lake), after {@link StatementGate} let it
 * through; cancels it from a timer when it runs past its time; stops at a row cap and says whether rows were
 * left. The page, the API, the downloads and the command line all run SQL through here.
 */
public final class SafeExecutor implements AutoCloseable {

    private final Lake lake;
    private final SqlLimits limits;
    private final Semaphore slots;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-timeout");
        t.setDaemon(true);
        return t;
    });

    public SafeExecutor(Lake lake, SqlLimits limits) {
        this.lake = lake;
        this.limits = limits;
        this.slots = new Semaphore(limits.concurrent(), true);
    }

    public SqlLimits limits() {
        return limits;
    }

    /** Checks a text without running it (a query is saved only if it could run). */
    public void check(String sql) {
        lake.read(conn -> StatementGate.check(conn, sql));
    }

    /**
     * Runs {@code sql}, handing at most {@code maxRows} rows to the sink within {@code timeout} (already
     * bounded by {@link SqlLimits#timeout}). Throws {@link SqlError} when refused, wrong, too slow or too big.
     */
    public Outcome run(String sql, long maxRows, Duration timeout, RowSink sink) {
        long started = System.nanoTime();
        acquire(timeout);
        try {
            return lake.read(conn -> {
                StatementGate.check(conn, sql);
                return execute(conn, sql, maxRows, timeout, sink, started);
            });
        } catch (UncheckedIOException e) {
            throw new SqlError(SqlError.Kind.UNAVAILABLE, "Resultatet kunde inte skrivas: " + e.getCause().getMessage());
        } finally {
            slots.release();
        }
    }

    private Outcome execute(Connection conn, String sql, long maxRows, Duration timeout, RowSink sink, long started) {
        AtomicBoolean timedOut = new AtomicBoolean();
        long millis = Math.max(1, timeout.toMillis() - (System.nanoTime() - started) / 1_000_000);
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ScheduledFuture<?> cancel = timer.schedule(() -> {
                timedOut.set(true);
                try {
                    ps.cancel();
                } catch (SQLException e) {
                    // Already finished or closed: nothing left to stop.
                }
            }, millis, TimeUnit.MILLISECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                List<Column> columns = columns(rs.getMetaData());
                sink.start(columns);
                long rows = 0;
                int n = columns.size();
                while (rows < maxRows && rs.next()) {
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = Values.plain(rs.getObject(i + 1));
                    }
                    sink.row(values);
                    rows++;
                }
                boolean truncated = rows == maxRows && rs.next();
                return new Outcome(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
            } finally {
                cancel.cancel(false);
            }
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw DuckDbErrors.timeout(timeout.toMillis());
            }
            throw DuckDbErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
