package se.finsambench.webapp.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a parsed statement names, read from DuckDB's own syntax tree ({@code json_serialize_sql}): the
 * paths given to file-reading table functions and the paths read as tables ({@code FROM 'x.csv'}), wherever
 * they sit (subqueries, CTEs, DESCRIBE, SUMMARIZE …). A path must be written out as text, so it can be checked
 * before the query runs. Table functions are an allow-list: those that read files are checked, those that only
 * produce rows or describe the catalog pass, and every other one (running SQL given as text, profiling to a
 * file, scanning memory addresses, functions a newer DuckDB adds) is refused.
 */
final class FileReferences {

    /** Table functions whose first argument is a file, a glob or a list of them. */
    static final Set<String> READERS = Set.of("read_csv", "read_csv_auto", "read_json", "read_json_auto",
            "read_json_objects", "read_json_objects_auto", "read_ndjson", "read_ndjson_auto", "read_ndjson_objects",
            "read_parquet", "parquet_scan", "parquet_metadata", "parquet_schema", "parquet_file_metadata",
            "parquet_kv_metadata", "parquet_full_metadata", "parquet_bloom_probe", "read_text", "read_blob",
            "sniff_csv", "glob", "read_duckdb");
    /** Table functions (and table macros) that read no files and change nothing. */
    static final Set<String> HARMLESS = Set.of("range", "generate_series", "unnest", "repeat", "repeat_row",
            "json_each", "json_tree", "summary", "histogram", "histogram_values", "test_all_types",
            "test_vector_types", "icu_calendar_names", "pg_timezone_names", "pragma_table_info", "pragma_show",
            "pragma_version", "pragma_platform", "pragma_collations", "pragma_database_size", "pragma_storage_info",
            "pragma_metadata_info", "duckdb_columns", "duckdb_constraints", "duckdb_databases", "duckdb_dependencies",
            "duckdb_functions", "duckdb_indexes", "duckdb_keywords", "duckdb_schemas", "duckdb_sequences",
            "duckdb_tables", "duckdb_types", "duckdb_views", "duckdb_settings", "duckdb_memory",
            "duckdb_temporary_files", "duckdb_optimizers", "duckdb_variables", "duckdb_approx_database_count",
            "duckdb_connection_count", "duckdb_coordinate_systems");

    private FileReferences() {
    }

    /** The path texts the statement reads; throws a refusal for a table function that is not allowed. */
    static List<String> of(JsonNode statement) {
        List<String> paths = new ArrayList<>();
        walk(statement, paths);
        return paths;
    }

    private static void walk(JsonNode node, List<String> paths) {
        if (node.isArray()) {
            node.forEach(n -> walk(n, paths));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("type").asText("");
        if (type.equals("TABLE_FUNCTION")) {
            tableFunction(node.path("function"), paths);
        } else if (type.equals("BASE_TABLE") || type.equals("SHOW_REF")) {
            String name = node.path("table_name").asText("");
            if (looksLikePath(name)) {
                paths.add(name);
            }
        }
        node.forEach(n -> walk(n, paths));
    }

    private static void tableFunction(JsonNode function, List<String> paths) {
        String name = function.path("function_name").asText("").toLowerCase(Locale.ROOT);
        if (READERS.contains(name)) {
            JsonNode first = function.path("children").path(0);
            List<String> files = texts(first);
            if (files == null) {
                throw new SqlError(SqlError.Kind.REFUSED, "Sökvägen i " + name + "(…) måste skrivas ut som text, t.ex. "
                        + name + "('…/facts/*.parquet'), så att den kan prövas mot sjöns mapp innan frågan körs.");
            }
            paths.addAll(files);
        } else if (!HARMLESS.contains(name)) {
            throw new SqlError(SqlError.Kind.REFUSED, "Tabellfunktionen " + name + "(…) går inte att använda här. Läs"
                    + " sjöns vyer, eller filer i sjöns mapp med read_parquet, read_csv, read_json, read_text eller glob.");
        }
    }

    /** A text constant or a list of them (possibly cast to VARCHAR); null for anything computed. */
    private static List<String> texts(JsonNode e) {
        String type = e.path("type").asText("");
        if (type.equals("VALUE_CONSTANT")) {
            JsonNode v = e.path("value");
            if (v.path("type").path("id").asText("").equals("VARCHAR") && !v.path("is_null").asBoolean(true)) {
                return List.of(v.path("value").asText());
            }
            return null;
        }
        if (type.equals("OPERATOR_CAST") && e.path("cast_type").path("id").asText("").equals("VARCHAR")) {
            return texts(e.path("child"));
        }
        if (type.equals("FUNCTION") && Set.of("list_value", "list_pack").contains(e.path("function_name").asText(""))) {
            List<String> out = new ArrayList<>();
            for (JsonNode child : e.path("children")) {
                List<String> one = texts(child);
                if (one == null) {
                    return null;
                }
                out.addAll(one);
            }
            return out;
        }
        return null;
    }

    /** A table name DuckDB may read as a file (FROM 'x.parquet', FROM '/etc/passwd'): anything with a path character. */
    static boolean looksLikePath(String name) {
        for (char c : name.toCharArray()) {
            if (c == '/' || c == '\\' || c == '.' || c == ':' || c == '~' || c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }
}
