package se.finsambench.pipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares the published snapshots of two local lakes table by table with DuckDB (not Spark): the same rows,
 * counted with multiplicity, in every table of {@link IngestJob#TABLES}. The tables hold no run ids or timings
 * (those are only in the run manifests), so whole rows are compared.
 */
public final class LakeComparison {

    /** One table: rows in each lake and rows in one that the other lacks (both ways). */
    public record Table(String name, long rowsA, long rowsB, long differing) {
        public boolean same() {
            return differing == 0 && rowsA == rowsB;
        }
    }

    /** Every table compared. */
    public record Result(List<Table> tables) {
        public boolean same() {
            return tables.stream().allMatch(Table::same);
        }

        /** e.g. "facts: 120 vs 118 rows, 2 differing; …", or "the same rows in 9 tables". */
        public String describe() {
            if (same()) {
                return "the same rows in " + tables.size() + " tables";
            }
            return String.join("; ", tables.stream().filter(t -> !t.same())
                    .map(t -> t.name() + ": " + t.rowsA() + " vs " + t.rowsB() + " rows, " + t.differing() + " differing")
                    .toList());
        }
    }

    private LakeComparison() {
    }

    public static Result compare(Path lakeA, Path lakeB) throws IOException, SQLException {
        Path a = snapshot(lakeA);
        Path b = snapshot(lakeB);
        List<Table> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : IngestJob.TABLES) {
                String x = scan(a.resolve(table));
                String y = scan(b.resolve(table));
                long differing = one(s, "SELECT count(*) FROM ((" + x + " EXCEPT ALL " + y + ") UNION ALL (" + y
                        + " EXCEPT ALL " + x + "))");
                tables.add(new Table(table, one(s, "SELECT count(*) FROM (" + x + ")"),
                        one(s, "SELECT count(*) FROM (" + y + ")"), differing));
            }
        }
        return new Result(tables);
    }

    /** The folder of the lake's published snapshot (named by CURRENT). */
    static Path snapshot(Path lake) throws IOException {
        String run = Files.readString(lake.resolve(LakePublisher.CURRENT)).strip();
        return lake.resolve("snapshots").resolve(run);
    }

    /** A table's query; facts and indicators are partitioned by fiscal_year unless empty (see LakeWriter). */
    private static String scan(Path tableDir) throws IOException {
        boolean partitioned;
        try (Stream<Path> children = Files.list(tableDir)) {
            partitioned = children.anyMatch(p -> p.getFileName().toString().startsWith("fiscal_year="));
        }
        return DuckDbCatalog.select(tableDir, partitioned);
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
