package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import se.finsambench.webapp.lake.Lake;

/**
 * Every view (and table) of the lake's catalog with its columns, types and a one-line Swedish description
 * from {@code sql/schema.properties}. Read from DuckDB itself, so a column the pipeline adds shows up at
 * once (without a description until the file has one). Cached per published run.
 */
public final class SchemaBrowser {

    /** One view or table. */
    public record Relation(String name, String kind, String description, List<Field> columns) {
    }

    /** One column of it. */
    public record Field(String name, String type, String description) {
    }

    private final Lake lake;
    private final Properties descriptions;

    public SchemaBrowser(Lake lake) {
        this.lake = lake;
        this.descriptions = load();
    }

    public List<Relation> relations() {
        return lake.cached("sql.schema", () -> {
            List<Map<String, Object>> rows = lake.query("SELECT c.table_name, t.table_type, c.column_name, c.data_type"
                    + " FROM information_schema.columns c JOIN information_schema.tables t"
                    + " ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name"
                    + " WHERE c.table_schema = 'main' AND c.table_catalog = current_database()"
                    + " ORDER BY c.table_name, c.ordinal_position");
            Map<String, List<Field>> columns = new LinkedHashMap<>();
            Map<String, String> kinds = new LinkedHashMap<>();
            for (Map<String, Object> r : rows) {
                String table = (String) r.get("table_name");
                String column = (String) r.get("column_name");
                kinds.put(table, "VIEW".equals(r.get("table_type")) ? "vy" : "tabell");
                columns.computeIfAbsent(table, k -> new ArrayList<>())
                        .add(new Field(column, (String) r.get("data_type"), descriptions.getProperty(table + "." + column, "")));
            }
            List<Relation> out = new ArrayList<>();
            columns.forEach((table, fields) -> out.add(
                    new Relation(table, kinds.get(table), descriptions.getProperty(table, ""), List.copyOf(fields))));
            return List.copyOf(out);
        });
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SchemaBrowser.class.getResourceAsStream("/sql/schema.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
