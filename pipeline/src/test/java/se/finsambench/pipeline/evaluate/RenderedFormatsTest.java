package se.finsambench.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.RenderedDocuments;
import se.finsambench.pipeline.read.TextDocument;

/**
 * The same reports rendered as DOCX and PDF (made here with POI and PDFBox) give back the facts the
 * text gives: all of them from DOCX; from PDF, where empty cells cannot be seen, no fact that the text
 * does not also give with the same value.
 */
class RenderedFormatsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();
    private static final DocumentReader READER = new DocumentReader();

    private static Map<String, Double> preferred(ExtractionResult r) {
        return r.facts().stream().filter(f -> f.rank() == 1)
                .collect(Collectors.toMap(RenderedFormatsTest::key, Fact::value, (a, b) -> a, TreeMap::new));
    }

    private static String key(Fact f) {
        return f.concept() + "|" + f.member() + "|" + f.periodEnd() + "|" + f.scenario().id();
    }

    private static List<Path> seeds() throws Exception {
        try (var s = Files.list(SeedAcceptanceTest.shared().resolve("corpus/seeds"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void docxRenderingsGiveTheSameFactsAsTheText() throws Exception {
        for (Path seed : seeds()) {
            TextDocument text = SeedAcceptanceTest.seed(seed);
            TextDocument docx = READER.read(seed.getFileName() + ".docx", RenderedDocuments.toDocx(text.lines()));
            ExtractionResult fromText = EXTRACTOR.extract(text);
            ExtractionResult fromDocx = EXTRACTOR.extract(docx);
            assertEquals(preferred(fromText), preferred(fromDocx), seed.getFileName().toString());
            assertEquals(fromText.info(), fromDocx.info());
        }
    }

    @Test
    void pdfRenderingsAgreeWithTheTextWhereverBothGiveAFigure() throws Exception {
        List<GoldRow> gold = GoldRow.read(Files.newBufferedReader(SeedAcceptanceTest.shared().resolve("gold/seeds.csv")));
        int shared = 0;
        int textFacts = 0;
        int goldFound = 0;
        for (Path seed : seeds()) {
            TextDocument text = SeedAcceptanceTest.seed(seed);
            TextDocument pdf = READER.read(seed.getFileName() + ".pdf", RenderedDocuments.toPdf(text.lines()));
            ExtractionResult textResult = EXTRACTOR.extract(text);
            ExtractionResult pdfResult = EXTRACTOR.extract(pdf);
            Map<String, Double> fromText = preferred(textResult);
            textFacts += fromText.size();
            for (Map.Entry<String, Double> e : preferred(pdfResult).entrySet()) {
                Set<Double> inText = textResult.facts().stream().filter(f -> key(f).equals(e.getKey()))
                        .map(Fact::value).collect(Collectors.toSet());
                if (!inText.isEmpty()) {
                    assertTrue(inText.contains(e.getValue()), seed.getFileName() + " " + e + " text has " + inText);
                    shared++;
                }
            }
            String file = seed.getFileName().toString();
            GoldScore score = GoldScorer.score(file, gold.stream().filter(g -> g.file().equals(file)).toList(), pdfResult);
            assertEquals(0, score.conflicts(), file + " " + score.wrong());
            goldFound += score.found();
        }
        System.out.printf(Locale.ROOT, "PDF renderings of the seeds: %d of the text's %d preferred facts, %d/%d gold figures%n",
                shared, textFacts, goldFound, gold.size());
        assertTrue(shared >= 0.5 * textFacts);
    }
}
