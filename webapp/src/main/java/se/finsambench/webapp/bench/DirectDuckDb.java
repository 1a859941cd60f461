package se.finsambench.webapp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * The baseline for the SQL overhead: DuckDB JDBC directly, an in-memory database with the lake's views over
 * the same Parquet files (the pipeline's view definitions) and the web app's memory limit and threads, no
 * HTTP, no statement gate, no JSON. A query is prepared, executed and read to the same row cap the workbench
 * uses.
 */
final class DirectDuckDb implements AutoCloseable {

    private final Connection conn;

    private DirectDuckDb(Connection conn) {
        this.conn = conn;
    }

    static DirectDuckDb over(Path lake) throws IOException, SQLException {
        Path snapshot = BenchLake.snapshotOf(lake);
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement(); Stream<Path> tables = Files.list(snapshot)) {
            s.execute("SET memory_limit='1GB'");
            s.execute("SET threads=2");
            for (Path dir : tables.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (!name.startsWith("_") && !name.startsWith(".")) {
                    s.execute("CREATE VIEW " + name + " AS " + BenchLake.select(dir));
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        return new DirectDuckDb(c);
    }

    /** Runs {@code sql} and reads at most {@code maxRows} rows; returns the milliseconds it took and the row count. */
    double time(String sql, int maxRows) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rows < maxRows && rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
