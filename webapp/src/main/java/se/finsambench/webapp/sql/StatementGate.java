package se.finsambench.webapp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text may run: exactly one read-only statement. Two layers on top of the locked, read-only
 * connection: an allow-list on the first keyword (after comments), and DuckDB's own parser through
 * {@code json_serialize_sql}, which serialises only SELECT statements and lists every statement it found.
 * The parser layer matters: DuckDB's JDBC {@code prepareStatement} runs every statement but the last of a
 * multi-statement text while preparing, and COPY TO / EXPORT DATABASE into the lake folder or CREATE TEMP
 * are not stopped by the settings (all verified against DuckDB 1.4.1).
 */
public final class StatementGate {

    /** First words of read-only statements. DESCRIBE, SHOW and SUMMARIZE parse as SELECTs in DuckDB. */
    static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "FROM", "VALUES", "DESCRIBE", "SHOW", "SUMMARIZE",
            "EXPLAIN", "(");
    public static final int MAX_LENGTH = 100_000;

    private StatementGate() {
    }

    /** Throws {@link SqlError} unless {@code sql} is one statement the workbench runs; returns its first keyword. */
    public static String check(Connection conn, String sql) throws SQLException {
        if (sql == null || SqlText.firstWord(sql, 0).word().isEmpty()) {
            throw new SqlError(SqlError.Kind.INVALID, "Skriv en fråga först, t.ex. SELECT * FROM associations.");
        }
        if (sql.length() > MAX_LENGTH) {
            throw new SqlError(SqlError.Kind.INVALID, "Frågan är för lång (högst " + MAX_LENGTH + " tecken).");
        }
        SqlText.Word first = SqlText.firstWord(sql, 0);
        String keyword = first.word().toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(keyword)) {
            throw refused(keyword);
        }
        String parsed = sql;
        if (keyword.equals("EXPLAIN")) {
            // EXPLAIN is not serialisable itself; the statement it explains (or analyses, i.e. runs) must be.
            SqlText.Word next = SqlText.firstWord(sql, first.end());
            if (next.word().equalsIgnoreCase("ANALYZE") || next.word().equalsIgnoreCase("ANALYSE")) {
                next = SqlText.firstWord(sql, next.end());
            }
            String inner = next.word().toUpperCase(Locale.ROOT);
            if (inner.equals("EXPLAIN") || inner.equals("(") || !ALLOWED.contains(inner)) {
                throw new SqlError(SqlError.Kind.REFUSED, "EXPLAIN går bara att använda framför en läsande fråga,"
                        + " t.ex. EXPLAIN SELECT … (utan egna EXPLAIN-inställningar).");
            }
            parsed = sql.substring(next.start());
        }
        parse(conn, parsed);
        return keyword;
    }

    private static void parse(Connection conn, String sql) throws SQLException {
        JsonNode tree;
        try (PreparedStatement ps = conn.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tree = Json.MAPPER.readTree(rs.getString(1));
            }
        } catch (IOException e) {
            throw new SqlError(SqlError.Kind.INVALID, "Frågan kunde inte tolkas.");
        }
        if (tree.path("error").asBoolean(false)) {
            String type = tree.path("error_type").asText("");
            String message = tree.path("error_message").asText("");
            if (type.equals("parser")) {
                throw new SqlError(SqlError.Kind.INVALID, "Syntaxfel: " + message);
            }
            throw new SqlError(SqlError.Kind.REFUSED, "Bara läsande frågor, en i taget, får köras. Texten innehåller"
                    + " en sats som inte är en fråga (t.ex. COPY, SET, CREATE, ATTACH eller en andra sats efter ;).");
        }
        int statements = tree.path("statements").size();
        if (statements != 1) {
            throw new SqlError(SqlError.Kind.REFUSED, "En fråga i taget: texten innehåller " + statements
                    + " satser. Ta bort allt efter det första semikolonet.");
        }
    }

    private static SqlError refused(String keyword) {
        String what = keyword.isEmpty() ? "den här satsen" : keyword;
        return new SqlError(SqlError.Kind.REFUSED, "Bara läsande frågor får köras (SELECT, WITH, FROM, VALUES, DESCRIBE,"
                + " SHOW, SUMMARIZE, EXPLAIN) – inte " + what + ". Sjön kan inte ändras härifrån.");
    }
}
