package se.finsambench.pipeline.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import se.finsambench.pipeline.extract.DocType;
import se.finsambench.pipeline.extract.DocumentInfo;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Intervention;
import se.finsambench.pipeline.extract.Origin;
import se.finsambench.pipeline.extract.Scenario;
import se.finsambench.pipeline.extract.Unit;

/**
 * A published lake read back as one {@link ExtractionResult} per input file name, so the same scorers
 * judge the lake that judge the extractor. Reads {@code LAKE/finsam.duckdb} with DuckDB, read-only.
 */
public final class LakeResults {

    private LakeResults() {
    }

    public static Map<String, ExtractionResult> byFileName(Path lake) throws SQLException, IOException {
        Path catalog = lake.resolve("finsam.duckdb");
        if (!Files.exists(catalog)) {
            throw new IllegalArgumentException("no lake at " + lake + " (finsam.duckdb is missing; run ingest first)");
        }
        // DuckDB reads "?" in a database path as options and ";" in a JDBC URL as a separator, and a lake may be
        // called "Rapporter ?": read a copy of the catalog (view definitions, a few kB) under a plain name.
        Path copy = Files.createTempFile("finsam-evaluate-", ".duckdb");
        try {
            Files.copy(catalog, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(copy);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".wal"));
        }
    }

    private static Map<String, ExtractionResult> read(Path catalog) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            Map<String, String> fileOfDoc = new HashMap<>();
            Map<String, String> nameOfDoc = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT doc_id, source_path, association_name FROM documents WHERE status <> 'rejected'")) {
                while (r.next()) {
                    String path = r.getString(2);
                    fileOfDoc.put(r.getString(1), path.substring(path.lastIndexOf('/') + 1));
                    nameOfDoc.put(r.getString(1), r.getString(3));
                }
            }
            Map<String, List<Fact>> facts = facts(s);
            Map<String, List<Intervention>> interventions = interventions(s);
            Map<String, ExtractionResult> out = new HashMap<>();
            for (Map.Entry<String, String> d : fileOfDoc.entrySet()) {
                DocumentInfo info = new DocumentInfo(DocType.OTHER, null, nameOfDoc.get(d.getKey()), null, null, null, null, null,
                        null, false, null);
                out.put(d.getValue(), new ExtractionResult(info, facts.getOrDefault(d.getKey(), List.of()),
                        interventions.getOrDefault(d.getKey(), List.of()), List.of(), List.of()));
            }
            return out;
        }
    }

    private static Map<String, List<Fact>> facts(Statement s) throws SQLException {
        Map<String, List<Fact>> out = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT doc_id, concept, member, fiscal_year, period_end, scenario, value, unit,"
                + " source_line, source_text, confidence, precision, origin, rank FROM facts WHERE doc_id NOT LIKE 'correction:%'")) {
            while (r.next()) {
                Fact f = new Fact(r.getString(2), r.getString(3), r.getInt(4), r.getDate(5).toLocalDate(),
                        Scenario.valueOf(r.getString(6).toUpperCase(java.util.Locale.ROOT)), r.getDouble(7),
                        unit(r.getString(8)), r.getInt(9), r.getString(10), r.getDouble(11), r.getDouble(12), Origin.of(r.getString(13)),
                        r.getInt(14));
                out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static Map<String, List<Intervention>> interventions(Statement s) throws SQLException {
        Map<String, List<Intervention>> out = new HashMap<>();
        try (ResultSet r = s.executeQuery("SELECT doc_id, name, aliases FROM interventions")) {
            while (r.next()) {
                Array aliases = r.getArray(3);
                List<String> list = new ArrayList<>();
                for (Object o : (Object[]) aliases.getArray()) {
                    list.add(String.valueOf(o));
                }
                out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Intervention(r.getString(2), list));
            }
        }
        return out;
    }

    private static Unit unit(String id) {
        return switch (id) {
            case "count" -> Unit.COUNT;
            case "pct" -> Unit.PCT;
            default -> Unit.SEK;
        };
    }
}
