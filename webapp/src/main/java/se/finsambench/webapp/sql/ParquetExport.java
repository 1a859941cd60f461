package se.finsambench.webapp.sql;

import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a spooled result (CSV written by {@link CsvSink} with distinct nulls) into Parquet with the query's
 * column types. The lake's connection cannot write files (and must not), so a private in-memory DuckDB does
 * it; that one never sees the analyst's SQL, only the spool file, and may touch nothing but the spool folder.
 * Scalar types are kept (a BLOB from its hex, NaN and ±Infinity as such); HUGEINT and UHUGEINT become
 * DECIMAL(38,0) when every value has at most 38 digits (Parquet has no 128-bit integer, and DuckDB would write
 * a DOUBLE), otherwise exact text; lists, structs and maps stay their JSON text. The conversion has the rest of
 * the query's time and a small memory limit of its own.
 */
final class ParquetExport {

    private static final Pattern SCALAR = Pattern.compile("(BOOLEAN|U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL"
            + "|DECIMAL\\(\\d+,\\s*\\d+\\)|DATE|TIME|TIMESTAMP|TIMESTAMP WITH TIME ZONE|VARCHAR|UUID|INTERVAL)");

    private ParquetExport() {
    }

    static void convert(Path csv, List<Column> columns, Path parquet, Duration left, Duration timeout) throws SQLException {
        if (left.isNegative() || left.isZero()) {
            throw DuckDbErrors.timeout(timeout.toMillis());
        }
        StringBuilder names = new StringBuilder("{");
        for (int i = 0; i < columns.size(); i++) {
            names.append(i == 0 ? "'" : ", '").append("c").append(i).append("': 'VARCHAR'");
        }
        names.append('}');
        String read = "read_csv(" + literal(csv) + ", header=true, columns=" + names + ","
                + " allow_quoted_nulls=false, quote='\"', escape='\"', delim=',', auto_detect=false)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET temp_directory=" + literal(csv.getParent().resolve("tmp")));
            s.execute("SET allowed_directories=[" + literal(csv.getParent()) + "]");
            s.execute("SET enable_external_access=false");
            s.execute("SET memory_limit='256MB'");
            s.execute("SET threads=1");
            s.execute("SET lock_configuration=true");
            String select = select(s, columns, read);
            try (Statement copy = c.createStatement(); StatementTimer timer = StatementTimer.cancelAfter(copy, left)) {
                try {
                    copy.execute("COPY (" + select + " FROM " + read + ") TO " + literal(parquet) + " (FORMAT PARQUET)");
                } catch (SQLException e) {
                    if (timer.fired()) {
                        throw DuckDbErrors.timeout(timeout.toMillis());
                    }
                    throw e;
                }
            }
        }
    }

    /** The projection that gives each spooled text column its type back. */
    private static String select(Statement s, List<Column> columns, String read) throws SQLException {
        StringBuilder select = new StringBuilder("SELECT ");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String type = c.type().toUpperCase(Locale.ROOT);
            String source = "c" + i;
            String expr = source;
            if (type.equals("BLOB")) {
                expr = "unhex(substr(" + source + ", 3))";
            } else if (type.equals("HUGEINT") || type.equals("UHUGEINT")) {
                expr = fitsDecimal(s, source, read) ? "CAST(" + source + " AS DECIMAL(38,0))" : source;
            } else if (SCALAR.matcher(type).matches() && !type.equals("VARCHAR")) {
                expr = "CAST(" + source + " AS " + type + ")";
            }
            select.append(i == 0 ? "" : ", ").append(expr).append(" AS ").append(identifier(unique(c.name(), used)));
        }
        return select.toString();
    }

    private static boolean fitsDecimal(Statement s, String source, String read) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT coalesce(max(length(ltrim(" + source + ", '-'))), 0) <= 38 FROM " + read)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Parquet needs distinct column names; a repeated one gets _2, _3 … */
    private static String unique(String name, Set<String> used) {
        String base = name == null || name.isBlank() ? "kolumn" : name;
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
