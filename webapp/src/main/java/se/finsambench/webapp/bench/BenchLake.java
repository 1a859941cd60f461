package se.finsambench.webapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway lake the web app can serve, laid out as the pipeline publishes one: LAKE/CURRENT,
 * LAKE/snapshots/&lt;run&gt;/&lt;table&gt;/…parquet and a {@code finsam.duckdb} (in the snapshot and at the root)
 * with one view per table over that snapshot's Parquet by absolute path and a {@code lake_info} row. The
 * tables are copied from a published lake (its views name that lake's folder, which the app's
 * {@code allowed_directories} would refuse from another folder); {@code facts} may be swapped for another
 * Parquet file, e.g. a generated 10-million-row one.
 */
final class BenchLake {

    private BenchLake() {
    }

    /**
     * Writes {@code target} (emptied first) as a lake of run {@code runId} with the tables of {@code source}'s
     * current snapshot; when {@code facts} is not null, the facts table is that file instead.
     */
    static Path build(Path source, Path target, String runId, Path facts) throws IOException, SQLException {
        Path from = snapshotOf(source);
        delete(target);
        Path snapshot = target.resolve("snapshots").resolve(runId);
        Files.createDirectories(snapshot);
        List<String> tables = new ArrayList<>();
        try (Stream<Path> children = Files.list(from)) {
            for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith("_") || name.startsWith(".")) {
                    continue;
                }
                tables.add(name);
                Path to = snapshot.resolve(name);
                if (name.equals("facts") && facts != null) {
                    Files.createDirectories(to);
                    link(facts, to.resolve("part-00000.parquet"));
                } else {
                    copyTree(dir, to);
                }
            }
        }
        if (!tables.contains("facts") && facts != null) {
            throw new IOException(from + " has no facts table");
        }
        Path catalog = snapshot.resolve("finsam.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("CREATE VIEW " + t + " AS " + select(snapshot.resolve(t)));
            }
            s.execute("CREATE TABLE lake_info AS SELECT " + literal(runId) + " AS run_id, "
                    + literal(snapshot.toAbsolutePath().toString()) + " AS snapshot_path");
            s.execute("CHECKPOINT");
        }
        Files.copy(catalog, target.resolve("finsam.duckdb"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolve("CURRENT"), runId + "\n", StandardCharsets.UTF_8);
        return target;
    }

    /** The folder of the run LAKE/CURRENT names. */
    static Path snapshotOf(Path lake) throws IOException {
        String run = Files.readString(lake.resolve("CURRENT"), StandardCharsets.UTF_8).trim();
        Path dir = lake.resolve("snapshots").resolve(run);
        if (run.isEmpty() || !Files.isDirectory(dir)) {
            throw new IOException(lake + " is not a published lake (no snapshot for CURRENT '" + run + "')");
        }
        return dir;
    }

    /** What a view stands for: the pipeline's read_parquet, hive-partitioned when the folder is. */
    static String select(Path tableDir) throws IOException {
        boolean partitioned;
        try (Stream<Path> children = Files.list(tableDir)) {
            partitioned = children.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().contains("="));
        }
        String glob = tableDir.toAbsolutePath() + "/**/*.parquet";
        return "SELECT * FROM read_parquet(" + literal(glob) + ", hive_partitioning=" + partitioned
                + (partitioned ? ", hive_types={'fiscal_year': INTEGER}" : "") + ")";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A hard link when the file system allows (a 10-million-row file need not be copied), else a copy. */
    private static void link(Path file, Path to) throws IOException {
        try {
            Files.createLink(to, file.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (p.getFileName().toString().endsWith(".parquet")) {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
