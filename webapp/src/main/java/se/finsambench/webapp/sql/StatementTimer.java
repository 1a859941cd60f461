package se.finsambench.webapp.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Cancels a running statement when its time is up: one daemon timer thread for every query of the process. */
final class StatementTimer implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-timeout");
        t.setDaemon(true);
        return t;
    });

    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> pending;

    private StatementTimer(Statement statement, long millis) {
        pending = TIMER.schedule(() -> {
            fired.set(true);
            try {
                statement.cancel();
            } catch (SQLException e) {
                // Already finished or closed: nothing left to stop.
            }
        }, Math.max(1, millis), TimeUnit.MILLISECONDS);
    }

    static StatementTimer cancelAfter(Statement statement, Duration time) {
        return new StatementTimer(statement, time.toMillis());
    }

    /** True once the time was up (the statement was asked to stop). */
    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        pending.cancel(false);
    }
}
