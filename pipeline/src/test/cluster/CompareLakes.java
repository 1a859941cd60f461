import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Compares the current snapshots of two lakes with DuckDB (not Spark): same rows in facts, documents,
 * checks, indicators, associations, interventions, decisions and document_lines. Run as a single-file program:
 * {@code java -cp "pipeline/target/lib/*" CompareLakes.java LAKE_A LAKE_B}. Exit code 1 when they differ.
 */
public class CompareLakes {
    public static void main(String[] args) throws Exception {
        String[][] tables = {{"facts", "true"}, {"documents", "false"}, {"checks", "false"}, {"indicators", "true"},
            {"associations", "false"}, {"interventions", "false"}, {"decisions", "false"},
            {"document_lines", "false"}};
        boolean same = true;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String[] t : tables) {
                String a = scan(args[0], t[0], t[1]);
                String b = scan(args[1], t[0], t[1]);
                long rows = one(s, "SELECT count(*) FROM " + a);
                long diff = one(s, "SELECT count(*) FROM ((SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b
                        + ") UNION ALL (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + "))");
                System.out.printf("%-14s %6d rows, %d differing%n", t[0], rows, diff);
                if (diff > 0) {
                    show(s, "only in " + args[0], a, b);
                    show(s, "only in " + args[1], b, a);
                }
                same &= diff == 0;
            }
        }
        System.out.println(same ? "Lakes are equal." : "Lakes differ.");
        System.exit(same ? 0 : 1);
    }

    static String scan(String lake, String table, String partitioned) throws Exception {
        String run = java.nio.file.Files.readString(java.nio.file.Path.of(lake, "CURRENT")).trim();
        String glob = java.nio.file.Path.of(lake, "snapshots", run, table).toAbsolutePath() + "/**/*.parquet";
        // An empty partitioned table is written unpartitioned (see LakeWriter).
        boolean hive = partitioned.equals("true") && java.nio.file.Files.list(java.nio.file.Path.of(lake, "snapshots", run, table))
                .anyMatch(p -> p.getFileName().toString().startsWith("fiscal_year="));
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning=" + hive
                + (hive ? ", hive_types={'fiscal_year': INTEGER}" : "") + ")";
    }

    /** A few rows of {@code a} that {@code b} lacks, so a failed comparison says what differed. */
    static void show(Statement s, String title, String a, String b) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + " LIMIT 5")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder("    " + title + ":");
                for (int i = 1; i <= n; i++) {
                    row.append(' ').append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i));
                }
                System.out.println(row.length() > 400 ? row.substring(0, 400) + "…" : row);
            }
        }
    }

    static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
