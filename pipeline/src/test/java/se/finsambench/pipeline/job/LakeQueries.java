package se.finsambench.pipeline.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Reads a published lake with DuckDB (never Spark), through the lake's own finsam.duckdb views. */
final class LakeQueries implements AutoCloseable {

    private final Connection connection;

    LakeQueries(Path lake) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        connection = DriverManager.getConnection("jdbc:duckdb:" + lake.resolve("finsam.duckdb"), readOnly);
    }

    List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
    }

    /** column name → DuckDB type of a table or view. */
    Map<String, String> columns(String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("DESCRIBE " + table)) {
            types.put((String) r.get("column_name"), (String) r.get("column_type"));
        }
        return types;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
