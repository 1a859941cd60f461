package se.finsambench.pipeline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.TextDocument;

/**
 * The extractor against the figures the five real seed reports state (shared/gold/seeds.csv):
 * at least 95 % found, and no preferred value outside tolerance.
 */
class SeedAcceptanceTest {

    static Path shared() {
        return Path.of(System.getProperty("finsam.shared", "../../shared"));
    }

    static TextDocument seed(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new TextDocument(file.getFileName().toString(), "txt", List.of(text.split("\r?\n", -1)));
    }

    static List<GoldScore> scoreSeeds() throws IOException {
        return scoreSeeds(line -> line);
    }

    /** Scores the seeds after rewriting each line, to see how the extractor copes with other layouts. */
    static List<GoldScore> scoreSeeds(java.util.function.UnaryOperator<String> rewrite) throws IOException {
        List<GoldRow> gold = GoldRow.read(Files.newBufferedReader(shared().resolve("gold/seeds.csv")));
        Map<String, List<GoldRow>> byFile = gold.stream().collect(Collectors.groupingBy(GoldRow::file, TreeMap::new, Collectors.toList()));
        ReportExtractor extractor = ReportExtractor.withDefaults();
        List<GoldScore> scores = new ArrayList<>();
        for (Map.Entry<String, List<GoldRow>> e : byFile.entrySet()) {
            TextDocument doc = seed(shared().resolve("corpus/seeds").resolve(e.getKey()));
            ExtractionResult result = extractor.extract(new TextDocument(doc.sourceName(), doc.format(),
                    doc.lines().stream().map(rewrite).toList()));
            scores.add(GoldScorer.score(e.getKey(), e.getValue(), result));
        }
        return scores;
    }

    @Test
    void findsAtLeast95PercentOfSeedFiguresWithNoWrongValue() throws IOException {
        List<GoldScore> scores = scoreSeeds();
        int total = 0;
        int found = 0;
        int conflicts = 0;
        for (GoldScore s : scores) {
            total += s.total();
            found += s.found();
            conflicts += s.conflicts();
            System.out.printf(Locale.ROOT, "%-28s %3d/%3d found (%5.1f %%), %d conflicting, %d disagreeing alternates%n",
                    s.file(), s.found(), s.total(), 100 * s.recall(), s.conflicts(), s.alternates());
            s.wrong().forEach(w -> System.out.println("    WRONG  " + w));
            s.missed().forEach(m -> System.out.println("    missed " + m));
        }
        double recall = (double) found / total;
        System.out.printf(Locale.ROOT, "Seed gold: %d/%d found = %.1f %%, %d conflicting%n", found, total, 100 * recall, conflicts);
        assertEquals(0, conflicts, "preferred values outside tolerance");
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void identifiesEachSeedsAssociationAndType() throws IOException {
        ReportExtractor extractor = ReportExtractor.withDefaults();
        Map<String, String> expected = Map.of(
                "000_c34c0b303fa1ddf6.txt", "soderasen annual_report 2023 2023-12-31",
                "001_3bf3815ec065237e.txt", "samsund annual_report 2023 2023-12-31",
                "002_601eb6cbae367880.txt", "sydnarke annual_report 2021 2021-12-31",
                "003_15875534ea1158fc.txt", "sodra-vatterbygden interim_report 2024 2024-06-30",
                "004_5be25ce82476d800.txt", "soderasen minutes 2020 null");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            ExtractionResult r = extractor.extract(seed(shared().resolve("corpus/seeds").resolve(e.getKey())));
            String got = r.info().associationId() + " " + r.info().docType().id() + " " + r.info().fiscalYear() + " "
                    + r.info().periodEnd();
            assertEquals(e.getValue(), got, e.getKey());
        }
    }
}
