package se.finsambench.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.pipeline.evaluate.TruthRow;
import se.finsambench.pipeline.evaluate.TruthScore;
import se.finsambench.pipeline.evaluate.TruthScore.Outcome;
import se.finsambench.pipeline.evaluate.TruthScorer;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;

/**
 * A small generated corpus (6 associations × 2 years, every format present) read back from disk with
 * {@link DocumentReader}, extracted, and scored against its own truth.csv.
 */
class GeneratedCorpusAccuracyTest {

    /**
     * Layout families (optionally "@format") left out of the ≥ 99 % requirement because the extractor
     * cannot read them yet. Each names the gap; the lead re-enables them when the extractor learns them.
     */
    static final Map<String, String> KNOWN_EXTRACTOR_GAPS = Map.ofEntries(
            // Measured on the default corpus (75 × 6 years) in the office-style PDF layout (OfficePdf); every
            // other family is read from PDF as fully as from text.
            Map.entry("operating_statement_split_header_kr@pdf", "the split header's second row (Intäkt / Kostnad /"
                    + " Netto) is read as a line of prose, so the budget column is not lined up (135/156 found)"),
            Map.entry("interim_balance_sheet@pdf", "375/408 found; the misses not yet examined"),
            Map.entry("nns_table@pdf", "672/714 found; the misses not yet examined"),
            Map.entry("prose_exits@pdf", "96/105 found; the misses not yet examined"));

    @TempDir
    static Path dir;
    static TruthScore score;
    static Map<String, ExtractionResult> results = new HashMap<>();
    static Map<String, String> texts = new HashMap<>();
    static List<String> documentRows;

    /** -Dfinsam.corpus=DIR scores an already generated corpus (e.g. the default 75 × 6 years) instead. */
    @BeforeAll
    static void generateReadAndScore() throws Exception {
        String existing = System.getProperty("finsam.corpus");
        if (existing != null) {
            dir = Path.of(existing);
        } else {
            CorpusGenerator.generate(new GeneratorSettings(6, 2022, 2023, 17L), dir, line -> { });
        }
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = ReportExtractor.withDefaults();
        try (var files = Files.list(dir.resolve(CorpusGenerator.REPORTS))) {
            for (Path f : files.sorted().toList()) {
                var doc = reader.read(f);
                texts.put(f.getFileName().toString(), String.join("\n", doc.lines()));
                results.put(f.getFileName().toString(), extractor.extract(doc));
            }
        }
        List<TruthRow> truth = TruthRow.read(Files.newBufferedReader(dir.resolve("truth.csv")));
        score = TruthScorer.score(truth, results);
        documentRows = Files.readAllLines(dir.resolve("documents.csv"));
        System.out.print(TruthScore.table("layout family", score.byLayout()));
        System.out.print(TruthScore.table("concept", score.byConcept()));
        System.out.print(TruthScore.table("format", score.byFormat()));
        System.out.printf(Locale.ROOT, "overall: %d/%d found = %.1f %%, %d conflicting%n", score.overall().found(),
                score.overall().total(), 100 * score.overall().recall(), score.overall().conflicts());
        System.out.print(TruthScorer.worst(score, Integer.getInteger("finsam.worst", 20)));
    }

    @Test
    void corpusHasEveryFormat() throws IOException {
        Set<String> formats = new java.util.TreeSet<>();
        try (var files = Files.list(dir.resolve(CorpusGenerator.REPORTS))) {
            files.forEach(f -> formats.add(f.getFileName().toString().replaceAll(".*\\.", "")));
        }
        assertEquals(Set.of("txt", "md", "html", "pdf", "docx"), formats);
    }

    @Test
    void corpusHasEveryAnnualReportFamilyAndSomeFlaws() {
        var layouts = score.byLayout().keySet();
        assertTrue(layouts.contains("balance_sheet_credit_negative_kr"), "kr statements family");
        assertTrue(layouts.contains("operating_statement_budget_columns"), "tkr statements family");
        assertTrue(layouts.contains("profile_table") && layouts.contains("nns_table"), "profiles family");
        assertTrue(score.outcomes().stream().anyMatch(o -> !o.row().flaw().isEmpty()), "a flawed document");
    }

    @Test
    void extractorFindsAtLeast99PercentOfGeneratedFiguresOutsideKnownGaps() {
        int total = 0;
        int found = 0;
        int conflicts = 0;
        Map<String, Integer> excluded = new TreeMap<>();
        Map<String, Integer> excludedFound = new TreeMap<>();
        for (Outcome o : score.outcomes()) {
            if (gap(o)) {
                excluded.merge(o.row().layout() + "@" + o.format(), 1, Integer::sum);
                excludedFound.merge(o.row().layout() + "@" + o.format(), o.found() ? 1 : 0, Integer::sum);
                continue;
            }
            total++;
            found += o.found() ? 1 : 0;
            conflicts += o.conflict() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "outside known gaps: %d/%d found = %.2f %%, %d conflicting; excluded %s%n", found, total,
                100.0 * found / total, conflicts, excluded);
        excluded.forEach((gap, n) -> System.out.printf(Locale.ROOT, "  known gap %s: %d/%d found%n", gap,
                excludedFound.get(gap), n));
        assertEquals(0, score.overall().conflicts(), "preferred values outside tolerance");
        assertTrue(found >= 0.99 * total, "recall " + found + "/" + total);
    }

    @Test
    void everyDocumentIsIdentifiedAsTheTruthSays() {
        for (String line : documentRows.subList(1, documentRows.size())) {
            String[] f = line.split(",", -1);
            ExtractionResult r = results.get(f[0]);
            String expected = f[1] + " " + f[2] + " " + f[3] + (f[4].isEmpty() ? "" : " " + f[4]);
            String got = r.info().associationId() + " " + r.info().docType().id() + " " + r.info().fiscalYear()
                    + (f[4].isEmpty() ? "" : " " + r.info().periodEnd());
            assertEquals(expected, got, f[0]);
            assertTrue(r.info().synthetic(), f[0] + " is marked as an example document");
        }
    }

    private static boolean gap(Outcome o) {
        return KNOWN_EXTRACTOR_GAPS.containsKey(o.row().layout())
                || KNOWN_EXTRACTOR_GAPS.containsKey(o.row().layout() + "@" + o.format())
                || KNOWN_EXTRACTOR_GAPS.containsKey("*@" + o.format());
    }
}
