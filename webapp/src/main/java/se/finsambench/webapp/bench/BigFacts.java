package se.finsambench.webapp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A generated facts table of a given size with the real facts columns and plausible values: the lake's own
 * associations and concepts, 70 facts per document, documents spread over 2015–2024 as annual reports,
 * interim reports and minutes, a quarter of the facts selected. Written once per size into the work folder
 * and reused while its name says the same size and layout version.
 */
final class BigFacts {

    /** Bump when the generated columns or values change, so an older file is not reused. */
    private static final int VERSION = 1;
    private static final int FACTS_PER_DOCUMENT = 70;

    private BigFacts() {
    }

    /** The file for {@code rows} facts in {@code work}, generated from {@code lake}'s facts when missing. */
    static Path ensure(Path lake, Path work, long rows) throws IOException, SQLException {
        Path file = work.resolve("facts-" + rows + "-v" + VERSION + ".parquet");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(work);
        Path partial = work.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        String source = BenchLake.literal(BenchLake.snapshotOf(lake).resolve("facts").toAbsolutePath() + "/**/*.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET threads=2");
            s.execute("SET preserve_insertion_order=false");
            s.execute("COPY (" + select(source, rows) + ") TO " + BenchLake.literal(partial.toAbsolutePath().toString())
                    + " (FORMAT PARQUET, ROW_GROUP_SIZE 122880)");
        }
        Files.move(partial, file);
        return file;
    }

    static String select(String sourceGlob, long rows) {
        long documents = rows / FACTS_PER_DOCUMENT + 1;
        return "WITH names AS (SELECT list(DISTINCT association_id ORDER BY association_id) AS a,"
                + " list(DISTINCT concept ORDER BY concept) AS c FROM read_parquet(" + sourceGlob + ")),"
                + " docs AS (SELECT d, sha256('bench-document-' || d) AS doc_id, n.a[1 + d % len(n.a)] AS association_id,"
                + "  (2015 + (d // len(n.a)) % 10)::INTEGER AS fiscal_year,"
                + "  CASE WHEN d % 10 < 7 THEN 'annual_report' WHEN d % 10 < 9 THEN 'interim_report' ELSE 'minutes' END AS doc_type"
                + "  FROM range(" + documents + ") t(d), names n)"
                + " SELECT docs.doc_id, docs.association_id,"
                + "  CASE WHEN docs.doc_type = 'interim_report' THEN make_date(docs.fiscal_year, 6, 30)"
                + "   ELSE make_date(docs.fiscal_year, 12, 31) END AS period_end,"
                + "  CASE WHEN i % 10 < 8 THEN 'actual' WHEN i % 10 < 9 THEN 'budget' ELSE 'forecast' END AS scenario,"
                + "  n.c[1 + (i * 7) % len(n.c)] AS concept,"
                + "  CASE WHEN i % 2 = 0 THEN '' WHEN i % 3 = 0 THEN 'intervention:Insats ' || (i % 12)"
                + "   ELSE 'member:Kommun ' || (i % 9) END AS member,"
                + "  (hash(i) % 5000000)::DOUBLE AS value,"
                + "  CASE WHEN i % 20 = 0 THEN 'pct' ELSE 'SEK' END AS unit,"
                + "  (10 + i % 400)::INTEGER AS source_line,"
                + "  'Rad ' || (10 + i % 400) || '  ' || (hash(i) % 5000000) || ' kr' AS source_text,"
                + "  CASE WHEN i % 3 = 0 THEN 0.7 ELSE 0.9 END AS confidence,"
                + "  (1 + i % 3)::INTEGER AS rank,"
                + "  CASE WHEN i % 3 = 0 THEN 'prose' ELSE 'table:operating_statement' END AS origin,"
                + "  0.5 AS precision,"
                + "  (1 + i % 5)::INTEGER AS authority,"
                + "  i % 4 = 0 AS selected,"
                + "  docs.doc_type, docs.fiscal_year"
                + " FROM range(" + rows + ") r(i) JOIN docs ON docs.d = i // " + FACTS_PER_DOCUMENT + ", names n";
    }
}
