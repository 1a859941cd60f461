package se.finsambench.webapp.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsambench.webapp.lake.DuckDbFile;

/**
 * Saved queries in a small DuckDB file beside the lake, never inside it: a re-ingest replaces the lake's
 * files but keeps these, and the lake's SQL (which may read the lake folder) cannot read or change them.
 * Opened on first use, so a lake whose parent folder is read-only still serves everything else. Anyone who may
 * use SQL may save, so the store is bounded — per query ({@link #MAX_SQL_CHARS}) and in total (count and
 * characters) — and listed a page at a time without the SQL texts; a query can be deleted.
 */
public final class SavedQueries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SavedQueries.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int MAX_NAME = 200;
    private static final int MAX_QUERIES = 1_000;
    private static final long MAX_TOTAL_CHARS = 4_000_000;
    /** Longest SQL text a saved query may have. */
    public static final int MAX_SQL_CHARS = 20_000;
    /** Queries in one page of the list when the client does not say, and the most one page may hold. */
    public static final int PAGE_DEFAULT = 100;
    public static final int PAGE_MAX = 500;

    /** One entry of the list: what it is called and when, not its SQL. */
    public record Summary(String id, String name, String created) {
    }

    /** One page of the list, newest first, and how many there are in all. */
    public record Page(List<Summary> rows, long total, long offset, int limit) {
    }

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private DuckDbFile db;
    private Connection conn;

    public SavedQueries(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** {@code LAKE.queries.duckdb} beside the lake folder, e.g. data/lake → data/lake.queries.duckdb. */
    public static Path besideLake(Path lake) {
        Path abs = lake.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".queries.duckdb");
    }

    /** Refuses a file inside the lake: the lake's SQL may read that folder, and ingest replaces it. */
    public static void requireOutside(Path file, Path lake) {
        Path f = file.toAbsolutePath().normalize();
        if (f.startsWith(lake.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the saved-query file must lie outside the lake: " + f);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized SavedQuery save(String name, String sql) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new SqlError(SqlError.Kind.INVALID, "Ge frågan ett namn (högst " + MAX_NAME + " tecken).");
        }
        if (sql.length() > MAX_SQL_CHARS) {
            throw new SqlError(SqlError.Kind.TOO_LARGE, "En sparad fråga får vara högst " + MAX_SQL_CHARS + " tecken lång"
                    + " (den här är " + sql.length() + ").");
        }
        try {
            Connection c = connection();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(length(sql)), 0) FROM saved_queries")) {
                rs.next();
                if (rs.getLong(1) >= MAX_QUERIES || rs.getLong(2) + sql.length() > MAX_TOTAL_CHARS) {
                    throw new SqlError(SqlError.Kind.FULL, "Det finns inte plats för fler sparade frågor (högst " + MAX_QUERIES
                            + " frågor och " + MAX_TOTAL_CHARS / 1_000_000 + " miljoner tecken). Ta bort några först.");
                }
            }
            String id = newId();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO saved_queries VALUES (?, ?, ?, date_trunc('second', localtimestamp))")) {
                ps.setString(1, id);
                ps.setString(2, n);
                ps.setString(3, sql);
                ps.executeUpdate();
            }
            if (db.linked()) { // its log would be beside the link (DuckDbFile)
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            return find(id).orElseThrow();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public synchronized Optional<SavedQuery> find(String id) {
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT id, name, sql, strftime(created, '%Y-%m-%d %H:%M') FROM saved_queries WHERE id = ?")) {
            ps.setString(1, id);
            List<SavedQuery> found = read(ps);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Newest first, {@code limit} from {@code offset} on; the SQL texts stay in the file. */
    public synchronized Page list(long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw new SqlError(SqlError.Kind.INVALID, "offset måste vara 0 eller mer och limit mellan 1 och " + PAGE_MAX + ".");
        }
        try (PreparedStatement ps = connection().prepareStatement("SELECT id, name, strftime(created, '%Y-%m-%d %H:%M'),"
                + " count(*) OVER () FROM saved_queries ORDER BY created DESC, name, id LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setLong(2, offset);
            List<Summary> rows = new ArrayList<>();
            long total = -1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Summary(rs.getString(1), rs.getString(2), rs.getString(3)));
                    total = rs.getLong(4);
                }
            }
            return new Page(rows, total >= 0 ? total : count(), offset, limit);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private long count() throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM saved_queries")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Removes a saved query; false when there was none with that id. */
    public synchronized boolean delete(String id) {
        try (PreparedStatement ps = connection().prepareStatement("DELETE FROM saved_queries WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static List<SavedQuery> read(PreparedStatement ps) throws SQLException {
        List<SavedQuery> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedQuery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    private Connection connection() throws SQLException {
        if (conn == null) {
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new SQLException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
            }
            try {
                db = DuckDbFile.of(file);
            } catch (java.io.IOException e) {
                throw new SQLException("cannot open " + file + ": " + e.getMessage(), e);
            }
            Connection c = DriverManager.getConnection(db.jdbcUrl());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS saved_queries(id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL,"
                        + " sql VARCHAR NOT NULL, created TIMESTAMP NOT NULL)");
            }
            conn = c;
            LOG.info("Saved queries in {}", file);
        }
        return conn;
    }

    /** Ten characters from a 32-letter alphabet without look-alikes: short in a URL, not guessable. */
    private String newId() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private SqlError unavailable(SQLException e) {
        LOG.warn("Saved queries in {} cannot be used: {}", file, e.getMessage());
        return new SqlError(SqlError.Kind.UNAVAILABLE, "Sparade frågor kan inte läsas eller skrivas just nu ("
                + file.getFileName() + ").");
    }

    @Override
    public synchronized void close() {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                // Closing is best effort at shutdown.
            }
            conn = null;
            db.close();
        }
    }
}
