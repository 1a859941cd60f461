package se.finsambench.webapp.lake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBConnection;

/**
 * One opened {@code finsam.duckdb}: a read-only DuckDB whose configuration is locked so that no query can
 * reach files outside the lake. Requests borrow duplicates of the root connection; a retired catalog (a
 * newer run was published) closes its root once the last borrower has given its connection back.
 */
final class Catalog {

    private final DuckDBConnection root;
    private final String runId;
    private final boolean synthetic;
    /** The private copy opened instead of LAKE/finsam.duckdb, removed on close; null when none. */
    private final Path temporary;
    private final DuckDbFile opened;
    /** DuckDB's spill folder for this catalog, outside the lake; removed on close. */
    private final Path spill;
    private int borrowed;
    /** Connections given back, ready for the next borrower (most recently used first). */
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private static final int IDLE_LIMIT = 8;
    private boolean retired;
    private boolean closed;

    private Catalog(DuckDBConnection root, String runId, boolean synthetic, Path temporary, DuckDbFile opened,
                    Path spill) {
        this.temporary = temporary;
        this.opened = opened;
        this.spill = spill;
        this.root = root;
        this.runId = runId;
        this.synthetic = synthetic;
    }

    /**
     * Opens the catalog of the run CURRENT names. DuckDB's JDBC driver caches database instances by file
     * path, so reopening LAKE/finsam.duckdb after a publish replaced it would hand back the old instance.
     * Each run's own copy (snapshots/&lt;run&gt;/finsam.duckdb, written by the pipeline beside its Parquet)
     * has a path of its own; without one, LAKE/finsam.duckdb is copied to a private temporary file.
     */
    static Catalog open(Path lakeDir, String runId, LakeSettings settings) {
        Path own = lakeDir.resolve("snapshots").resolve(runId).resolve("finsam.duckdb");
        if (Files.isRegularFile(own)) {
            return open(lakeDir, own, null, settings);
        }
        Path shared = lakeDir.resolve("finsam.duckdb");
        if (!Files.isRegularFile(shared)) {
            throw new LakeException(shared + " does not exist: run `finsambench ingest` into this lake first");
        }
        Path copy;
        try {
            copy = Files.createTempFile("finsam-catalog-", ".duckdb");
            Files.copy(shared, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new LakeException("cannot copy " + shared + " to a temporary file: " + e.getMessage(), e);
        }
        return open(lakeDir, copy, copy, settings);
    }

    private static Catalog open(Path lakeDir, Path file, Path temporary, LakeSettings settings) {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        // Results are produced as they are fetched, so the SQL workbench's row cap stops a huge result at the
        // cap instead of materialising all of it first (DuckDB materialises by default; duplicates inherit this).
        props.setProperty("jdbc_stream_results", "true");
        DuckDBConnection conn;
        DuckDbFile db = null;
        try {
            db = DuckDbFile.of(file);
            conn = (DuckDBConnection) DriverManager.getConnection(db.jdbcUrl(), props);
        } catch (SQLException | java.io.IOException e) {
            if (db != null) {
                db.close();
            }
            deleteQuietly(temporary);
            throw new LakeException("cannot open " + file + " read-only: " + e.getMessage(), e);
        }
        Path spill = null;
        try (Statement s = conn.createStatement()) {
            // The views read the snapshot's Parquet by absolute path; allow exactly the lake (as given and
            // with symlinks resolved), then switch external access off and lock it so SQL cannot undo it.
            // DuckDB would spill beside the catalog file, i.e. into the snapshot; give it a folder of its own
            // (before external access goes off, which also locks the temporary folder).
            spill = Files.createTempDirectory(Files.createDirectories(settings.tempRoot()), "spill-");
            s.execute("SET temp_directory='" + spill.toString().replace("'", "''") + "'");
            s.execute("SET max_temp_directory_size='" + settings.maxTempSize() + "'");
            s.execute("SET allowed_directories=" + directories(lakeDir));
            s.execute("SET enable_external_access=false");
            s.execute("SET memory_limit='" + settings.memoryLimit() + "'");
            s.execute("SET threads=" + settings.threads());

            // A snapshot's Parquet never changes, so its footers are read once per run, not once per query.
            s.execute("SET parquet_metadata_cache=true");
            s.execute("SET lock_configuration=true");
            String runId;
            try (ResultSet r = s.executeQuery("SELECT run_id FROM lake_info LIMIT 1")) {
                runId = r.next() ? r.getString(1) : null;
            }
            boolean synthetic;
            try (ResultSet r = s.executeQuery("SELECT coalesce(bool_or(synthetic), false) FROM documents")) {
                synthetic = r.next() && r.getBoolean(1);
            }
            if (runId == null) {
                throw new LakeException(file + " has no lake_info row");
            }
            return new Catalog(conn, runId, synthetic, temporary, db, spill);
        } catch (SQLException | RuntimeException | java.io.IOException e) {
            closeQuietly(conn);
            db.close();
            deleteQuietly(temporary);
            deleteTree(spill);
            if (e instanceof LakeException le) {
                throw le;
            }
            throw new LakeException("cannot read the catalog " + file + ": " + e.getMessage(), e);
        }
    }

    private static String directories(Path lakeDir) {
        Set<String> dirs = new LinkedHashSet<>();
        dirs.add(lakeDir.toAbsolutePath().normalize() + "/");
        try {
            dirs.add(lakeDir.toRealPath() + "/");
        } catch (java.io.IOException e) {
            // The lake was opened a moment ago; if it cannot be resolved now the absolute path must do.
        }
        StringBuilder sb = new StringBuilder("[");
        for (String d : dirs) {
            sb.append(sb.length() > 1 ? ", " : "").append('\'').append(d.replace("'", "''")).append('\'');
        }
        return sb.append(']').toString();
    }

    String runId() {
        return runId;
    }

    boolean synthetic() {
        return synthetic;
    }

    /**
     * A connection of its own for one request, or null when this catalog was closed meanwhile. Connections given
     * back are kept for the next request: duplicating one costs about a millisecond, which was most of what the
     * workbench added to a short query, and a connection carries no state between requests (the gate lets only
     * single SELECTs through; settings are global and locked).
     */
    synchronized Connection borrow() throws SQLException {
        if (closed) {
            return null;
        }
        Connection c = idle.poll();
        if (c == null) {
            c = root.duplicate();
        }
        borrowed++;
        return c;
    }

    /** {@code reusable} is false when the work on it failed (cancelled, out of memory): such a one is closed. */
    synchronized void giveBack(Connection c, boolean reusable) {
        borrowed--;
        if (reusable && !retired && idle.size() < IDLE_LIMIT && isOpen(c)) {
            idle.push(c);
        } else {
            closeQuietly(c);
        }
        if (retired && borrowed == 0) {
            close();
        }
    }

    /** No new borrowers will come; close now or when the last one gives its connection back. */
    synchronized void retire() {
        retired = true;
        closeIdle();
        if (borrowed == 0) {
            close();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private void closeIdle() {
        for (Connection c; (c = idle.poll()) != null; ) {
            closeQuietly(c);
        }
    }

    private static boolean isOpen(Connection c) {
        try {
            return !c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private void close() {
        if (!closed) {
            closed = true;
            closeIdle();
            closeQuietly(root);
            opened.close();
            deleteQuietly(temporary);
            deleteTree(spill);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // A leftover spill folder is harmless; the OS cleans its temporary folder.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        } catch (java.io.IOException e) {
            // A leftover temporary file is harmless; the OS cleans its temporary folder.
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing is best effort: the connection is dropped either way.
        }
    }
}
