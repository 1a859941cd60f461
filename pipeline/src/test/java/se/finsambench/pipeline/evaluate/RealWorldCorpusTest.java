package se.finsambench.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.SourceManifest;

/**
 * The extractor on real public pages nobody here wrote (src/test/resources/realworld, see its README):
 * gold figures found, no wrong preferred value, no money fact from a trap page. Prints every document.
 */
class RealWorldCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/realworld");

    static GoldEvaluation evaluate() throws IOException {
        Path pages = CORPUS.resolve("pages");
        List<GoldRow> gold = GoldRow.read(Files.newBufferedReader(CORPUS.resolve("gold.csv")));
        Map<String, ExtractionResult> results = FolderExtraction.extract(pages, ReportExtractor.withDefaults(),
                skipped -> { throw new AssertionError("unreadable page " + skipped); });
        assertEquals(List.of(), GoldEvaluation.unmatchedGoldFiles(gold, results));
        SourceManifest manifest = SourceManifest.of(pages);
        return GoldEvaluation.of(gold, results, p -> manifest.find(p).map(SourceManifest.Source::layout).orElseThrow());
    }

    @Test
    void findsTheGoldFiguresOfRealPagesWithNoWrongValueAndNothingFromTraps() throws IOException {
        GoldEvaluation evaluation = evaluate();
        System.out.print(evaluation.report(true));
        GoldEvaluation.Total total = evaluation.total();
        assertTrue(total.goldFigures() >= 150 && total.documents() >= 40, "corpus shrank: " + total);
        assertEquals(0, total.conflicts(), "preferred values outside tolerance");
        assertEquals(0, total.strayMoney(), "money facts read from trap pages");
        assertTrue(total.recall() >= MIN_RECALL, "recall " + total.recall());
    }

    /** The bar: nine gold figures in ten. */
    private static final double MIN_RECALL = 0.90;
}
