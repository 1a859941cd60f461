package se.finsambench.webapp.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text may run: exactly one read-only statement that reads no file outside the lake. Three
 * layers on top of the locked, read-only connection: an allow-list on the first keyword (after comments);
 * DuckDB's own parser through {@code json_serialize_sql}, which serialises only SELECT statements and lists
 * every statement it found; and, on that syntax tree, our own check of every file the statement names
 * ({@link FileReferences}, {@link LakePaths}). The parser layer matters: DuckDB's JDBC {@code prepareStatement}
 * runs every statement but the last of a multi-statement text while preparing, and COPY TO / EXPORT DATABASE
 * into the lake folder or CREATE TEMP are not stopped by the settings (verified against DuckDB 1.4.1). The path
 * layer matters because DuckDB's {@code allowed_directories} compares strings: 1.4.1 let
 * {@code lake/./././../../../etc/passwd} out, and no version follows a link inside the lake that leads out.
 */
public final class StatementGate {

    /** First words of read-only statements. DESCRIBE, SHOW and SUMMARIZE parse as SELECTs in DuckDB. */
    static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "FROM", "VALUES", "DESCRIBE", "SHOW", "SUMMARIZE",
            "EXPLAIN", "(");
    public static final int MAX_LENGTH = 100_000;
    /**
     * Texts DuckDB's parser already read as exactly one SELECT in this process, with the file paths each names. The
     * parser's verdict depends on the text and the DuckDB version only (not on the lake or the run), and analysts
     * run the same text again and again (re-run, next page, download), so a repeat skips the parser round trip.
     * Only accepted texts are kept; the keyword layer and the path check (files change) run every time.
     */
    private static final ParsedTexts PARSED = new ParsedTexts(256, 20_000);

    private StatementGate() {
    }

    /** Throws {@link SqlError} unless {@code sql} is one statement the workbench runs; returns its first keyword. */
    static String check(Connection conn, String sql, LakePaths lake) throws SQLException {
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
        for (String path : parse(conn, parsed)) {
            lake.check(path);
        }
        return keyword;
    }

    /** The paths the one statement of {@code sql} names, after DuckDB's parser accepted it. */
    private static List<String> parse(Connection conn, String sql) throws SQLException {
        List<String> known = PARSED.paths(sql);
        if (known != null) {
            return known;
        }
        JsonNode tree;
        try (PreparedStatement ps = conn.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                tree = Json.MAPPER.readTree(rs.getString(1));
            }
        } catch (JsonProcessingException e) {
            throw new SqlError(SqlError.Kind.INVALID, "Frågan är för djupt nästlad för att prövas.");
        }
        boolean error = tree.path("error").asBoolean(false);
        String type = tree.path("error_type").asText(null);
        String message = tree.path("error_message").asText(null);
        long statements = tree.path("statements").size();
        if (error) {
            if ("parser".equals(type)) {
                throw new SqlError(SqlError.Kind.INVALID, "Syntaxfel: " + (message == null ? "" : message));
            }
            throw new SqlError(SqlError.Kind.REFUSED, "Bara läsande frågor, en i taget, får köras. Texten innehåller"
                    + " en sats som inte är en fråga (t.ex. COPY, SET, CREATE, ATTACH eller en andra sats efter ;).");
        }
        if (statements != 1) {
            throw new SqlError(SqlError.Kind.REFUSED, "En fråga i taget: texten innehåller " + statements
                    + " satser. Ta bort allt efter det första semikolonet.");
        }
        List<String> paths = FileReferences.of(tree.path("statements").get(0));
        PARSED.remember(sql, paths);
        return paths;
    }

    private static SqlError refused(String keyword) {
        String what = keyword.isEmpty() ? "den här satsen" : keyword;
        return new SqlError(SqlError.Kind.REFUSED, "Bara läsande frågor får köras (SELECT, WITH, FROM, VALUES, DESCRIBE,"
                + " SHOW, SUMMARIZE, EXPLAIN) – inte " + what + ". Sjön kan inte ändras härifrån.");
    }
}
