package se.finsambench.webapp.lake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published lake as the web app sees it: DuckDB over the current snapshot, switched to a newer snapshot
 * without restart when LAKE/CURRENT changes. Results that cannot change until the next publish are cached
 * under the run id, so a switch drops them all at once.
 */
public final class Lake implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Lake.class);
    /** Past this many cached results per run, new ones are computed but not kept (filters come from URLs). */
    private static final int CACHE_LIMIT = 2000;

    /** Work done with one borrowed connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path dir;
    private final LakeSettings settings;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    /** Values being computed right now, by the same key as {@link #cache}. */
    private final Map<String, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();
    private volatile Catalog catalog;
    private volatile CurrentPointer pointer;
    private volatile long lastCheckNanos;

    private Lake(Path dir, LakeSettings settings, Catalog catalog, CurrentPointer pointer) {
        this.dir = dir;
        this.settings = settings;
        this.catalog = catalog;
        this.pointer = pointer;
        this.lastCheckNanos = System.nanoTime();
    }

    public static Lake open(Path dir, LakeSettings settings) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new LakeException(abs + " is not a directory");
        }
        CurrentPointer pointer = CurrentPointer.read(abs);
        Catalog catalog = Catalog.open(abs, pointer.runId(), settings);
        LOG.info("Lake {} opened at run {}", abs, catalog.runId());
        return new Lake(abs, settings, catalog, pointer);
    }

    public Path dir() {
        return dir;
    }

    public String runId() {
        return current().runId();
    }

    /** True when the lake holds generated (demo) documents; the UI shows a badge then. */
    public boolean synthetic() {
        return current().synthetic();
    }

    /** Runs work on a connection of its own, duplicated from the current catalog. */
    public <T> T read(SqlWork<T> work) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Catalog c = current();
            Connection conn;
            try {
                conn = c.borrow();
            } catch (SQLException e) {
                throw new LakeException("cannot get a connection: " + e.getMessage(), e);
            }
            if (conn == null) {
                continue; // retired and closed between current() and borrow(): take the newer one
            }
            boolean done = false;
            try {
                T result = work.run(conn);
                done = true;
                return result;
            } catch (SQLException e) {
                throw new LakeException("query failed: " + e.getMessage(), e);
            } finally {
                c.giveBack(conn, done);
            }
        }
        throw new LakeException("the lake was switched repeatedly while a request was waiting");
    }

    /** A prepared query with positional parameters, rows as column → JSON-friendly value. */
    public List<Map<String, Object>> query(String sql, Object... params) {
        return read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return Rows.of(rs);
                }
            }
        });
    }

    /**
     * A value computed once per published run. Requests that ask for a value while another request computes it
     * wait for that result instead of computing it again: right after start or a switch to a new run, a burst of
     * requests for the same page would otherwise run the same queries side by side on two cores (measured with
     * 16 connections on two association pages: no answer within 10 s).
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, Supplier<T> compute) {
        String runId = runId();
        String full = runId + '\u0000' + key;
        Object hit = cache.get(full);
        if (hit != null) {
            return (T) hit;
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = computing.putIfAbsent(full, mine);
        if (running != null) {
            return (T) resultOf(running);
        }
        try {
            T value = compute.get();
            // Only keep it if the run did not change while it was computed (it could mix two runs otherwise).
            if (value != null && runId.equals(current().runId()) && cache.size() < CACHE_LIMIT) {
                cache.put(full, value);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(full, mine);
        }
    }

    /** What another request computed; its failure is this request's failure (the same filters fail the same way). */
    private static Object resultOf(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The current catalog, after switching to a newly published run if CURRENT changed (checked ≤ 1/s). */
    private Catalog current() {
        long now = System.nanoTime();
        if (now - lastCheckNanos >= settings.recheck().toNanos()) {
            checkForNewRun(now);
        }
        return catalog;
    }

    private synchronized void checkForNewRun(long now) {
        if (now - lastCheckNanos < settings.recheck().toNanos()) {
            return; // another request checked while this one waited
        }
        lastCheckNanos = now;
        CurrentPointer seen;
        try {
            seen = CurrentPointer.read(dir);
        } catch (LakeException e) {
            LOG.warn("Keeping run {}: {}", catalog.runId(), e.getMessage());
            return;
        }
        if (seen.equals(pointer)) {
            return;
        }
        Catalog next;
        try {
            next = Catalog.open(dir, seen.runId(), settings);
        } catch (LakeException e) {
            LOG.warn("Keeping run {}: the new catalog cannot be opened yet: {}", catalog.runId(), e.getMessage());
            return;
        }
        if (!next.runId().equals(seen.runId())) {
            // finsam.duckdb is replaced before CURRENT; a mismatch means a publish is under way.
            LOG.info("CURRENT names {} but finsam.duckdb is at {}; trying again shortly", seen.runId(), next.runId());
            next.retire();
            return;
        }
        Catalog old = catalog;
        catalog = next;
        pointer = seen;
        cache.keySet().removeIf(k -> !k.startsWith(next.runId() + '\u0000'));
        old.retire();
        LOG.info("Switched lake {} from run {} to run {}", dir, old.runId(), next.runId());
    }

    @Override
    public synchronized void close() {
        catalog.retire();
    }
}
