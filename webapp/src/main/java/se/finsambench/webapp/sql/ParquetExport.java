package se.finsambench.webapp.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * Scalar types are kept; lists, structs and maps stay their JSON text.
 */
final class ParquetExport {

    private static final Pattern SCALAR = Pattern.compile("(BOOLEAN|U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL"
            + "|DECIMAL\\(\\d+,\\s*\\d+\\)|DATE|TIME|TIMESTAMP|TIMESTAMP WITH TIME ZONE|VARCHAR|UUID|INTERVAL)");

    private ParquetExport() {
    }

    static void convert(Path csv, List<Column> columns, Path parquet) throws SQLException {
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder names = new StringBuilder("{");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String type = c.type().toUpperCase(Locale.ROOT);
            String source = "c" + i;
            select.append(i == 0 ? "" : ", ")
                    .append(SCALAR.matcher(type).matches() && !type.equals("VARCHAR") ? "CAST(" + source + " AS " + type + ")" : source)
                    .append(" AS ").append(identifier(unique(c.name(), used)));
            names.append(i == 0 ? "'" : ", '").append(source).append("': 'VARCHAR'");
        }
        names.append('}');
        String read = "read_csv(" + literal(csv) + ", header=true, columns=" + names + ","
                + " allow_quoted_nulls=false, quote='\"', escape='\"', delim=',', auto_detect=false)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET allowed_directories=[" + literal(csv.getParent()) + "]");
            s.execute("SET enable_external_access=false");
            s.execute("SET lock_configuration=true");
            s.execute("COPY (" + select + " FROM " + read + ") TO " + literal(parquet) + " (FORMAT PARQUET)");
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
