package se.finsambench.pipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Writes {@code finsam.duckdb}: one view per lake table over the Parquet files of one snapshot (absolute
 * paths, so the file keeps pointing at that snapshot while a later run publishes the next), plus a
 * {@code lake_info} table with the run id.
 */
final class DuckDbCatalog {

    private DuckDbCatalog() {
    }

    /** @param tables table name → whether it is partitioned by fiscal_year */
    static void create(Path dbFile, Path snapshotDir, String runId, Map<String, Boolean> tables)
            throws IOException, SQLException {
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (Map.Entry<String, Boolean> t : tables.entrySet()) {
                s.execute("CREATE VIEW " + t.getKey() + " AS " + select(snapshotDir.resolve(t.getKey()), t.getValue()));
            }
            s.execute("CREATE TABLE lake_info AS SELECT '" + runId.replace("'", "''") + "' AS run_id, '"
                    + sql(snapshotDir.toString()) + "' AS snapshot_path");
            s.execute("CHECKPOINT");
        }
    }

    /** The query a view stands for; also usable by tests and other tools. */
    static String select(Path tableDir, boolean partitioned) {
        String glob = sql(tableDir.toAbsolutePath() + "/**/*.parquet");
        return "SELECT * FROM read_parquet('" + glob + "', hive_partitioning=" + partitioned
                + (partitioned ? ", hive_types={'fiscal_year': INTEGER}" : "") + ")";
    }

    private static String sql(String text) {
        return text.replace("'", "''");
    }
}
