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
import java.util.function.UnaryOperator;
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
        return scoreSeeds(lines -> lines);
    }

    /** The seeds' gold rows per file. */
    static Map<String, List<GoldRow>> gold() throws IOException {
        List<GoldRow> gold = GoldRow.read(Files.newBufferedReader(shared().resolve("gold/seeds.csv")));
        return gold.stream().collect(Collectors.groupingBy(GoldRow::file, TreeMap::new, Collectors.toList()));
    }

    /** Scores the seeds after rewriting each as a whole, to see how the extractor copes with other layouts. */
    static List<GoldScore> scoreSeeds(UnaryOperator<List<String>> rewrite) throws IOException {
        ReportExtractor extractor = ReportExtractor.withDefaults();
        List<GoldScore> scores = new ArrayList<>();
        for (Map.Entry<String, List<GoldRow>> e : gold().entrySet()) {
            TextDocument doc = seed(shared().resolve("corpus/seeds").resolve(e.getKey()));
            ExtractionResult result = extractor.extract(new TextDocument(doc.sourceName(), doc.format(), rewrite.apply(doc.lines())));
            scores.add(GoldScorer.score(e.getKey(), e.getValue(), result));
        }
        return scores;
    }

    /** Every document's score, its wrong values (and, when asked, its missed ones); returns {found, total, conflicts}. */
    static int[] print(String set, List<GoldScore> scores, boolean missed) {
        int[] sums = new int[3];
        for (GoldScore s : scores) {
            sums[0] += s.found();
            sums[1] += s.total();
            sums[2] += s.conflicts();
            System.out.printf(Locale.ROOT, "%-22s %-50s %3d/%3d found (%5.1f %%), %d conflicting, %d disagreeing alternates%n",
                    set, s.file(), s.found(), s.total(), 100 * s.recall(), s.conflicts(), s.alternates());
            s.wrong().forEach(w -> System.out.println("    WRONG  " + w));
            if (missed) {
                s.missed().forEach(m -> System.out.println("    missed " + m));
            }
        }
        System.out.printf(Locale.ROOT, "%-22s overall %d/%d found = %.1f %%, %d conflicting%n", set, sums[0], sums[1],
                100.0 * sums[0] / sums[1], sums[2]);
        return sums;
    }

    @Test
    void findsAtLeast95PercentOfSeedFiguresWithNoWrongValue() throws IOException {
        int[] sums = print("Seed gold", scoreSeeds(), true);
        assertEquals(0, sums[2], "preferred values outside tolerance");
        assertTrue(sums[0] >= 0.95 * sums[1], "found " + sums[0]);
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
