package se.finsambench.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.FactKey;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.OfficePdfFixtures;
import se.finsambench.pipeline.read.OfficePdfFixtures.Fixture;
import se.finsambench.pipeline.read.TextDocument;

/**
 * The office-exported PDFs (Word documents with real tables, exported by LibreOffice in several house
 * styles; {@code src/test/officepdf/make-fixtures.py}) against the text versions they were made from and
 * against gold/truth: the seeds must give at least 95 % of the gold figures their texts give, the generated
 * sample at least 97 % of its truth, and no preferred value may be wrong on either.
 */
class OfficePdfAccuracyTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();
    private static final DocumentReader READER = new DocumentReader();

    /** One fixture's score: gold (or truth) figures and the text version's preferred facts. */
    record Score(Fixture fixture, int goldTotal, int goldFound, int goldConflicts, int textFacts, int textFound,
                 int textConflicts, List<String> wrong, List<String> missed) {
    }

    static final List<Score> seedScores = new ArrayList<>();
    static final List<Score> generatedScores = new ArrayList<>();
    static int seedTextGoldFound;
    static int seedGoldTotal;

    @BeforeAll
    static void readEveryFixture() throws Exception {
        List<GoldRow> gold = GoldRow.read(Files.newBufferedReader(SeedAcceptanceTest.shared().resolve("gold/seeds.csv")));
        Map<String, ExtractionResult> textResults = new HashMap<>();
        for (Fixture f : OfficePdfFixtures.ofKind("seed")) {
            ExtractionResult text = textResults.computeIfAbsent(f.source(), s -> seedText(s));
            List<GoldRow> rows = gold.stream().filter(g -> g.file().equals(f.source())).toList();
            seedScores.add(score(f, rows, text, EXTRACTOR.extract(READER.read(f.path()))));
        }
        for (Map.Entry<String, ExtractionResult> e : textResults.entrySet()) {
            List<GoldRow> rows = gold.stream().filter(g -> g.file().equals(e.getKey())).toList();
            GoldScore s = GoldScorer.score(e.getKey(), rows, e.getValue());
            seedTextGoldFound += s.found();
            seedGoldTotal += s.total();
        }
        List<TruthRow> truth = TruthRow.read(Files.newBufferedReader(OfficePdfFixtures.generatedTruth()));
        for (Fixture f : OfficePdfFixtures.ofKind("generated")) {
            ExtractionResult text = textResults.computeIfAbsent("generated/" + f.source(),
                    s -> extract(OfficePdfFixtures.dir().resolve(s)));
            List<GoldRow> rows = truth.stream().map(TruthRow::gold).filter(g -> g.file().equals(f.fileName())).toList();
            generatedScores.add(score(f, rows, text, EXTRACTOR.extract(READER.read(f.path()))));
        }
        print("seed PDFs", seedScores);
        print("generated PDFs", generatedScores);
        System.out.printf(Locale.ROOT, "seed texts: %d/%d gold figures%n", seedTextGoldFound, seedGoldTotal);
    }

    private static ExtractionResult seedText(String seed) {
        try {
            return EXTRACTOR.extract(SeedAcceptanceTest.seed(SeedAcceptanceTest.shared().resolve("corpus/seeds").resolve(seed)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ExtractionResult extract(Path file) {
        try {
            return EXTRACTOR.extract(READER.read(file));
        } catch (Exception e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    static Score score(Fixture f, List<GoldRow> gold, ExtractionResult text, ExtractionResult pdf) {
        GoldScore g = GoldScorer.score(f.fileName(), gold, pdf);
        Map<FactKey, List<Fact>> textByKey = text.facts().stream().collect(Collectors.groupingBy(Fact::key));
        Map<FactKey, Fact> pdfPreferred = pdf.facts().stream().filter(x -> x.rank() == 1)
                .collect(Collectors.toMap(Fact::key, x -> x, (a, b) -> a));
        int textFacts = 0;
        int textFound = 0;
        int conflicts = 0;
        List<String> wrong = new ArrayList<>(g.wrong());
        for (List<Fact> statements : textByKey.values()) {
            Fact preferred = statements.stream().filter(x -> x.rank() == 1).findFirst().orElse(null);
            if (preferred == null) {
                continue;
            }
            textFacts++;
            Fact fromPdf = pdfPreferred.get(preferred.key());
            textFound += fromPdf != null && Math.abs(fromPdf.value() - preferred.value()) < 0.01 ? 1 : 0;
        }
        for (Fact p : pdfPreferred.values()) {
            List<Fact> inText = textByKey.get(p.key());
            if (inText != null && inText.stream().noneMatch(t -> Math.abs(t.value() - p.value()) <= p.precision() + 1e-6)) {
                conflicts++;
                wrong.add("text disagrees: " + p.key() + " = " + p.value() + " (line " + p.sourceLine() + " '"
                        + p.sourceText() + "'), text has " + inText.stream().map(Fact::value).toList());
            }
        }
        return new Score(f, g.total(), g.found(), g.conflicts(), textFacts, textFound, conflicts, wrong, g.missed());
    }

    private static void print(String title, List<Score> scores) {
        System.out.printf(Locale.ROOT, "%s%n%-62s %11s %5s %11s %5s%n", title, "fixture", "gold/truth", "wrong",
                "text facts", "wrong");
        Map<String, int[]> byStyle = new TreeMap<>();
        for (Score s : scores) {
            System.out.printf(Locale.ROOT, "%-62s %5d/%5d %5d %5d/%5d %5d%n", s.fixture().file(), s.goldFound(), s.goldTotal(),
                    s.goldConflicts(), s.textFound(), s.textFacts(), s.textConflicts());
            s.wrong().forEach(w -> System.out.println("    WRONG " + w));
            if (Boolean.getBoolean("finsam.missed")) {
                s.missed().forEach(m -> System.out.println("    missed " + m));
            }
            int[] t = byStyle.computeIfAbsent(s.fixture().style(), k -> new int[6]);
            t[0] += s.goldFound();
            t[1] += s.goldTotal();
            t[2] += s.goldConflicts();
            t[3] += s.textFound();
            t[4] += s.textFacts();
            t[5] += s.textConflicts();
        }
        byStyle.forEach((style, t) -> System.out.printf(Locale.ROOT, "  %-60s %5d/%5d %5d %5d/%5d %5d%n", style, t[0], t[1],
                t[2], t[3], t[4], t[5]));
    }

    private static int sum(List<Score> scores, java.util.function.ToIntFunction<Score> f) {
        return scores.stream().mapToInt(f).sum();
    }

    @Test
    void seedPdfsGiveAtLeast95PercentOfWhatTheirTextsGiveAndNoWrongValue() {
        int styles = (int) seedScores.stream().map(s -> s.fixture().style()).distinct().count();
        int found = sum(seedScores, Score::goldFound);
        assertEquals(0, sum(seedScores, Score::goldConflicts) + sum(seedScores, Score::textConflicts), "wrong preferred values");
        assertTrue(found >= 0.95 * styles * seedTextGoldFound, found + " of " + styles * seedTextGoldFound);
    }

    @Test
    void generatedPdfsGiveAtLeast97PercentOfTheirTruthAndNoWrongValue() {
        int found = sum(generatedScores, Score::goldFound);
        int total = sum(generatedScores, Score::goldTotal);
        assertEquals(0, sum(generatedScores, Score::goldConflicts) + sum(generatedScores, Score::textConflicts),
                "wrong preferred values");
        assertTrue(found >= 0.97 * total, found + " of " + total);
    }
}
