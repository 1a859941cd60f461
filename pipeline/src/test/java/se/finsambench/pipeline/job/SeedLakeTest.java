package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import se.finsambench.pipeline.read.DocumentReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of the five real seed reports, read back with DuckDB only. */
class SeedLakeTest {

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;
    static IngestResult first;

    static Path shared() {
        return Path.of(System.getProperty("finsam.shared", "../../shared")).toAbsolutePath().normalize();
    }

    @BeforeAll
    static void ingestSeeds() throws Exception {
        spark = SparkSessions.create("local[2]");
        lake = tmp.resolve("lake");
        first = new IngestJob(spark, IngestOptions.of(shared().resolve("corpus/seeds").toString(), lake.toString())).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyTableHasTheContractColumnsWithPlainTypes() throws Exception {
        Map<String, Map<String, String>> expected = Map.of(
                "documents", Map.ofEntries(Map.entry("doc_id", "VARCHAR"), Map.entry("source_path", "VARCHAR"),
                        Map.entry("format", "VARCHAR"), Map.entry("doc_type", "VARCHAR"),
                        Map.entry("association_id", "VARCHAR"), Map.entry("association_name", "VARCHAR"),
                        Map.entry("org_number", "VARCHAR"), Map.entry("fiscal_year", "INTEGER"),
                        Map.entry("period_end", "DATE"), Map.entry("decided_on", "DATE"), Map.entry("status", "VARCHAR"),
                        Map.entry("problems", "VARCHAR[]"), Map.entry("synthetic", "BOOLEAN"),
                        Map.entry("duplicate_of", "VARCHAR")),
                "facts", Map.ofEntries(Map.entry("doc_id", "VARCHAR"), Map.entry("association_id", "VARCHAR"),
                        Map.entry("fiscal_year", "INTEGER"), Map.entry("period_end", "DATE"),
                        Map.entry("scenario", "VARCHAR"), Map.entry("concept", "VARCHAR"), Map.entry("member", "VARCHAR"),
                        Map.entry("value", "DOUBLE"), Map.entry("unit", "VARCHAR"), Map.entry("source_line", "INTEGER"),
                        Map.entry("source_page", "INTEGER"), Map.entry("source_text", "VARCHAR"), Map.entry("confidence", "DOUBLE"),
                        Map.entry("rank", "INTEGER"), Map.entry("origin", "VARCHAR"), Map.entry("precision", "DOUBLE"),
                        Map.entry("authority", "INTEGER"), Map.entry("selected", "BOOLEAN"),
                        Map.entry("doc_type", "VARCHAR")),
                "checks", Map.of("doc_id", "VARCHAR", "association_id", "VARCHAR", "check_id", "VARCHAR",
                        "period_end", "DATE", "scenario", "VARCHAR", "expected", "DOUBLE", "actual", "DOUBLE",
                        "passed", "BOOLEAN", "description", "VARCHAR"),
                "indicators", Map.ofEntries(Map.entry("association_id", "VARCHAR"), Map.entry("fiscal_year", "INTEGER"),
                        Map.entry("period_end", "DATE"), Map.entry("indicator_id", "VARCHAR"),
                        Map.entry("value", "DOUBLE"), Map.entry("numerator", "DOUBLE"),
                        Map.entry("denominator", "DOUBLE"), Map.entry("unit", "VARCHAR"), Map.entry("quality", "VARCHAR"),
                        Map.entry("doc_ids", "VARCHAR[]"), Map.entry("note", "VARCHAR")),
                "associations", Map.of("association_id", "VARCHAR", "name", "VARCHAR", "org_number", "VARCHAR",
                        "county", "VARCHAR", "members", "VARCHAR[]"),
                "interventions", Map.of("association_id", "VARCHAR", "doc_id", "VARCHAR", "name", "VARCHAR",
                        "aliases", "VARCHAR[]"),
                "nns_indicators", Map.of("association_id", "VARCHAR", "doc_id", "VARCHAR", "indicator", "INTEGER",
                        "value", "DOUBLE"),
                "meetings", Map.of("association_id", "VARCHAR", "doc_id", "VARCHAR", "meeting_date", "DATE",
                        "meeting_number", "INTEGER"),
                "decisions", Map.of("association_id", "VARCHAR", "doc_id", "VARCHAR", "meeting_date", "DATE",
                        "paragraph", "VARCHAR", "title", "VARCHAR", "decision_text", "VARCHAR",
                        "amount_sek", "DOUBLE", "source_line", "INTEGER"),
                "document_lines", Map.of("doc_id", "VARCHAR", "line", "INTEGER", "page", "INTEGER", "text", "VARCHAR"));
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map.Entry<String, Map<String, String>> table : expected.entrySet()) {
                Map<String, String> actual = q.columns(table.getKey());
                for (Map.Entry<String, String> column : table.getValue().entrySet()) {
                    assertEquals(column.getValue(), actual.get(column.getKey()), table.getKey() + "." + column.getKey());
                }
            }
            assertTrue(q.count("SELECT count(*) FROM facts") > 300);
            assertTrue(q.count("SELECT count(*) FROM associations WHERE len(members) > 0 AND county IS NOT NULL") > 0);
            assertEquals(1, q.count("SELECT count(*) FROM meetings"));
        }
    }

    @Test
    void eachSeedHasItsAssociationAndDocumentType() throws Exception {
        Map<String, String> got = new TreeMap<>();
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map<String, Object> r : q.rows("SELECT regexp_extract(source_path, '[^/]+$') AS file, association_id, "
                    + "doc_type, status, doc_id FROM documents")) {
                got.put(((String) r.get("file")).substring(0, 3), r.get("association_id") + " " + r.get("doc_type"));
                assertNotEquals("rejected", r.get("status"));
                assertTrue(((String) r.get("doc_id")).matches("[0-9a-f]{64}"));
            }
        }
        assertEquals(Map.of("000", "soderasen annual_report", "001", "samsund annual_report",
                "002", "sydnarke annual_report", "003", "sodra-vatterbygden interim_report",
                "004", "soderasen minutes"), got);
    }

    @Test
    void everyFactPointsToItsLineInDocumentLines() throws Exception {
        try (LakeQueries q = new LakeQueries(lake)) {
            long seedLines = 0;
            try (var seeds = Files.list(shared().resolve("corpus/seeds"))) {
                for (Path seed : seeds.toList()) {
                    seedLines += new DocumentReader().read(seed).lines().size();
                }
            }
            assertEquals(seedLines, q.count("SELECT count(*) FROM document_lines"), "every line of the five seeds");
            assertEquals(0, q.count("SELECT count(*) FROM document_lines WHERE page IS NOT NULL"), "text has no pages");
            assertEquals(0, q.count("SELECT count(*) FROM facts f WHERE f.origin <> 'correction' AND NOT EXISTS ("
                    + "SELECT 1 FROM document_lines l WHERE l.doc_id = f.doc_id AND l.line = f.source_line)"));
            // source_text is taken from the line (trimmed), so the line holds it
            assertEquals(0, q.count("SELECT count(*) FROM facts f JOIN document_lines l "
                    + "ON l.doc_id = f.doc_id AND l.line = f.source_line WHERE f.source_text IS NOT NULL "
                    + "AND strpos(l.text, f.source_text) = 0"));
        }
    }

    @Test
    void rankOneFactsFindAtLeast95PercentOfTheGoldFiguresWithoutConflicts() throws Exception {
        String gold = shared().resolve("gold/seeds.csv").toString().replace("'", "''");
        String sql = """
                WITH gold AS (SELECT * FROM read_csv('%s', header=true, all_varchar=true)),
                docs AS (SELECT doc_id, regexp_extract(source_path, '[^/]+$') AS file FROM documents
                         WHERE status <> 'rejected'),
                g AS (SELECT gold.*, docs.doc_id, coalesce(gold.member, '') AS gm FROM gold JOIN docs USING (file)),
                resolved AS (
                  SELECT g.*, coalesce((
                      SELECT 'intervention:' || min(i.name) FROM interventions i
                      WHERE i.doc_id = g.doc_id AND starts_with(g.gm, 'intervention:')
                        AND (lower(i.name) = lower(substr(g.gm, 14))
                             OR list_contains(list_transform(i.aliases, a -> lower(a)), lower(substr(g.gm, 14))))),
                    g.gm) AS m
                  FROM g)
                SELECT r.file, r.concept, r.m, r.period_end, r.scenario, CAST(r.value AS DOUBLE) AS gold_value,
                       CAST(r.tolerance AS DOUBLE) AS tolerance, f.value AS lake_value
                FROM resolved r LEFT JOIN facts f
                  ON f.doc_id = r.doc_id AND f.rank = 1 AND f.concept = r.concept AND f.member = r.m
                 AND f.period_end = CAST(r.period_end AS DATE) AND f.scenario = r.scenario
                """.formatted(gold);
        int found = 0;
        int conflicts = 0;
        List<Map<String, Object>> rows;
        try (LakeQueries q = new LakeQueries(lake)) {
            rows = q.rows(sql);
        }
        for (Map<String, Object> r : rows) {
            if (r.get("lake_value") == null) {
                System.out.println("missed " + r);
            } else if (Math.abs((Double) r.get("lake_value") - (Double) r.get("gold_value"))
                    <= (Double) r.get("tolerance") + 1e-6) {
                found++;
            } else {
                conflicts++;
                System.out.println("WRONG " + r);
            }
        }
        System.out.printf(Locale.ROOT, "Lake vs gold: %d/%d found, %d conflicting%n", found, rows.size(), conflicts);
        assertTrue(rows.size() >= 300, "gold rows joined to documents: " + rows.size());
        assertEquals(0, conflicts);
        assertTrue(found >= 0.95 * rows.size(), found + "/" + rows.size());
    }

    @Test
    void aSecondRunPublishesTheSameRowsAndKeepsThePreviousSnapshot() throws Exception {
        IngestResult second = new IngestJob(spark, IngestOptions.of(shared().resolve("corpus/seeds").toString(),
                lake.toString())).run();
        assertNotEquals(first.runId(), second.runId());
        assertEquals(second.runId(), Files.readString(lake.resolve("CURRENT")).trim());
        Path old = lake.resolve("snapshots").resolve(first.runId());
        assertTrue(Files.isDirectory(old), "previous snapshot kept");
        assertTrue(Files.exists(lake.resolve("_runs").resolve(second.runId() + ".json")));
        try (LakeQueries q = new LakeQueries(lake)) {
            for (String table : IngestJob.TABLES) {
                // Facts and indicators are written by fiscal_year; an empty table has no partition folders.
                boolean partitioned = (table.equals("facts") || table.equals("indicators"))
                        && !q.rows("SELECT 1 FROM " + table + " LIMIT 1").isEmpty();
                String previous = DuckDbCatalog.select(old.resolve(table), partitioned);
                String now = "SELECT * FROM " + table;
                long differences = q.count("SELECT count(*) FROM ((" + now + " EXCEPT ALL " + previous + ") UNION ALL ("
                        + previous + " EXCEPT ALL " + now + "))");
                assertEquals(0, differences, table + " differs between two runs on the same input");
            }
        }
    }
}
