package se.finsambench.pipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code finsam.duckdb}: one view per lake table over the Parquet files of one snapshot (absolute
 * paths, so the file keeps pointing at that snapshot while a later run publishes the next), plus a
 * {@code lake_info} table with the run id. The views name their files one by one: DuckDB would read a folder
 * pattern such as {@code lake [1]/facts/**}{@code /*.parquet} as a pattern, and find nothing.
 */
final class DuckDbCatalog {

    private DuckDbCatalog() {
    }

    /** @param tables table name → whether it is partitioned by fiscal_year */
    static void create(Path dbFile, Path snapshotDir, String runId, Map<String, Boolean> tables)
            throws IOException, SQLException {
        // Made under a plain temporary name, then moved: DuckDB reads "?" in a database path as the start of
        // options and ";" in a JDBC URL as a separator, and a lake may be called "Rapporter ?".
        Path building = Files.createTempFile("finsam-catalog-", ".duckdb");
        Files.delete(building);
        try {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + building);
                 Statement s = c.createStatement()) {
                for (Map.Entry<String, Boolean> t : tables.entrySet()) {
                    s.execute("CREATE VIEW " + t.getKey() + " AS "
                            + select(snapshotDir.resolve(t.getKey()), t.getValue()));
                }
                s.execute("CREATE TABLE lake_info AS SELECT " + UserPath.sqlString(runId) + " AS run_id, "
                        + UserPath.sqlString(snapshotDir.toAbsolutePath().toString()) + " AS snapshot_path");
                s.execute("CHECKPOINT");
            }
            Files.move(building, dbFile, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(building);
            Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
        }
    }

    /** The query a view stands for; also usable by tests and other tools. */
    static String select(Path tableDir, boolean partitioned) throws IOException {
        return "SELECT * FROM read_parquet(" + UserPath.duckDbFileList(parquetFiles(tableDir)) + ", hive_partitioning="
                + partitioned + (partitioned ? ", hive_types={'fiscal_year': INTEGER}" : "") + ")";
    }

    /** A written table's data files, in name order; Spark's markers and checksums (".", "_") are not data. */
    static List<Path> parquetFiles(Path tableDir) throws IOException {
        try (Stream<Path> files = Files.walk(tableDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(f))
                    .filter(f -> !hidden(tableDir.relativize(f)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (InputListing.isHidden(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
