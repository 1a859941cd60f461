package se.finsambench.webapp.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a small lake the way the pipeline publishes one — LAKE/snapshots/&lt;run&gt;/&lt;table&gt;/…parquet
 * (facts and indicators hive-partitioned by fiscal_year), LAKE/finsam.duckdb with one view per table and
 * lake_info, then LAKE/CURRENT — so web tests need no Spark. Six associations in Skåne and Jönköping,
 * 2022 and 2023, a half-year 2024, failed checks, an inconsistent and a missing indicator, a partial and a
 * rejected document, and a {@code <script>} in an association name and in a fact's source text.
 * Reusable by later work (the SQL workbench): {@code LakeFixture.publish(dir, "run-1", 1.0, true)}.
 */
public final class LakeFixture {

    public static final String FIRST_RUN = "run-1";

    private LakeFixture() {
    }

    /** A fresh lake in a temporary folder that is removed when the JVM exits. */
    public static Path temporary() {
        try {
            Path dir = Files.createTempDirectory("finsam-lake-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // Best effort: the OS cleans its temporary folder too.
                }
            }));
            return build(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh lake in {@code dir} with the first run published. */
    public static Path build(Path dir) {
        publish(dir, FIRST_RUN, 1.0, true);
        return dir;
    }

    /**
     * Writes and publishes one snapshot. {@code scale} multiplies every amount (a later run with other
     * figures); {@code synthetic} marks the documents as generated.
     */
    public static void publish(Path lake, String runId, double scale, boolean synthetic) {
        try {
            Files.createDirectories(lake);
            Path snapshot = lake.resolve("snapshots").resolve(runId).toAbsolutePath();
            Files.createDirectories(snapshot);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                FixtureRows rows = new FixtureRows(c);
                new FixtureContent(rows, scale, synthetic).write();
                try (Statement s = c.createStatement()) {
                    for (String t : FixtureRows.TABLES) {
                        boolean partitioned = FixtureRows.PARTITIONED.contains(t);
                        Path out = snapshot.resolve(t);
                        if (partitioned) {
                            s.execute("COPY " + t + " TO '" + sql(out) + "' (FORMAT PARQUET, PARTITION_BY (fiscal_year))");
                        } else {
                            Files.createDirectories(out);
                            s.execute("COPY " + t + " TO '" + sql(out.resolve("part-00000.parquet")) + "' (FORMAT PARQUET)");
                        }
                    }
                }
            }
            // The catalog first, then CURRENT: the order the pipeline publishes in. Built under a plain name, as the
            // pipeline does (a lake may be called "Rapporter ?", which DuckDB would read as options).
            Path tmp = Files.createTempFile("finsam-fixture-", ".duckdb");
            Files.delete(tmp);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.toAbsolutePath());
                 Statement s = c.createStatement()) {
                for (String t : FixtureRows.TABLES) {
                    s.execute("CREATE VIEW " + t + " AS " + select(snapshot.resolve(t), FixtureRows.PARTITIONED.contains(t)));
                }
                s.execute("CREATE TABLE lake_info AS SELECT '" + runId + "' AS run_id, '" + sql(snapshot) + "' AS snapshot_path");
                s.execute("CHECKPOINT");
            }
            // The pipeline keeps each run's catalog beside its Parquet too.
            Files.copy(tmp, snapshot.resolve("finsam.duckdb"), StandardCopyOption.REPLACE_EXISTING);
            Path staged = lake.resolve(".finsam.duckdb-" + runId);
            Files.move(tmp, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, lake.resolve("finsam.duckdb"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            Path pointer = lake.resolve(".CURRENT-" + runId);
            Files.writeString(pointer, runId + "\n", StandardCharsets.UTF_8);
            Files.move(pointer, lake.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot build the fixture lake in " + lake + ": " + e.getMessage(), e);
        }
    }

    private static String sql(Path path) {
        return path.toString().replace("'", "''");
    }

    /** Files named one by one, as the pipeline's views do: a folder called "[2023]" is no pattern. */
    static String select(Path tableDir, boolean partitioned) throws IOException {
        String files;
        try (var walk = Files.walk(tableDir)) {
            files = walk.filter(f -> f.toString().endsWith(".parquet")).sorted()
                    .map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return "SELECT * FROM read_parquet(" + files + ", hive_partitioning=" + partitioned
                + (partitioned ? ", hive_types={'fiscal_year': INTEGER}" : "") + ")";
    }
}
