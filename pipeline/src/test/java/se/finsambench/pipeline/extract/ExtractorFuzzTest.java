package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.finsambench.pipeline.read.TextDocument;

/**
 * Mutated seed reports and arbitrary text through the whole extractor: nothing escapes, nothing
 * loops, and every fact points to a real line of its input.
 */
class ExtractorFuzzTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();
    private static final List<List<String>> SEEDS = loadSeeds();
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    private static List<List<String>> loadSeeds() {
        Path dir = Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus/seeds");
        try (var files = Files.list(dir)) {
            List<List<String>> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                out.add(Files.readAllLines(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 60)
    void mutatedSeedReportsNeverBreakTheExtractor(@ForAll @IntRange(min = 0, max = 4) int seed,
                                                  @ForAll long randomSeed,
                                                  @ForAll @IntRange(min = 1, max = 40) int mutations) {
        List<String> lines = mutate(SEEDS.get(seed), new Random(randomSeed), mutations);
        extractAndCheck(lines);
    }

    @Property(tries = 300)
    void arbitraryTablesAndSentencesNeverBreakTheExtractor(@ForAll("documents") List<String> lines) {
        extractAndCheck(lines);
    }

    @Property(tries = 300)
    void headerResolutionAndClassificationAcceptAnyCaptions(@ForAll("rows") List<String> rows) {
        List<String> lines = new ArrayList<>(List.of("Delårsrapport 2024", "Resultaträkning"));
        lines.addAll(rows);
        Layout layout = new Layout(PlainTextTables.tabulate(lines));
        DocumentInfo info = DocumentClassifier.classify(lines);
        for (TableBlock t : layout.tables()) {
            TableHeader h = HeaderResolver.resolve(t, info);
            assertTrue(h.bodyStart() <= t.rows().size());
        }
    }

    private static void extractAndCheck(List<String> lines) {
        ExtractionResult r = assertTimeoutPreemptively(PER_INPUT,
                () -> EXTRACTOR.extract(new TextDocument("fuzz.txt", "txt", lines)));
        for (Fact f : r.facts()) {
            assertTrue(f.sourceLine() >= 1 && f.sourceLine() <= lines.size(), "line out of range: " + f);
            assertEquals(lines.get(f.sourceLine() - 1).strip(), f.sourceText(), "source text is not the line's");
            // A dash cell (zero) counts as a figure, after a tab or after the spaces of a space-aligned column.
            boolean statesAFigure = f.sourceText().matches("(?s).*(\\d|(\\t| {2,})[-–−]).*") || f.origin().isProse();
            assertTrue(statesAFigure, "a fact from a line without a figure: " + f);
            assertTrue(Double.isFinite(f.value()), f.toString());
        }
    }

    /** Line drops and duplicates, tab/space swaps, changed digits, junk, truncated lines. */
    static List<String> mutate(List<String> original, Random random, int mutations) {
        List<String> lines = new ArrayList<>(original);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.replace("\t", random.nextBoolean() ? " " : "    "));
                case 3 -> lines.set(i, line.replaceAll("\\d", String.valueOf(random.nextInt(10))));
                case 4 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                case 5 -> lines.set(i, line + "\t" + "−–-%,.()/ 0123456789tkr".charAt(random.nextInt(23)));
                default -> lines.add(i, "\t".repeat(random.nextInt(4)) + randomJunk(random));
            }
        }
        return lines;
    }

    private static String randomJunk(Random random) {
        String alphabet = "Summa Budget Utfall 2023 2024-06-30 tkr kr % − - 1 234 56,7 deltagare kvinnor män Not\t ";
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(60); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<List<String>> documents() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "-", "Summa", "Utfall 2023", "Budget 2024", "Prognos", "Not", "Kvinnor", "Totalt",
                        "Belopp i tkr", "2023-12-31", "Intäkt", "Kostnad", "Netto", "Högre 76 / 86", "<p>x</p>"),
                Arbitraries.integers().between(-9_999_999, 9_999_999).map(n -> String.format("%,d", n).replace(',', ' ')),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(9).map(cells -> String.join("\t", cells));
        Arbitrary<String> sentence = Arbitraries.of(
                "Årets resultat blev ett underskott på 621 tkr.", "33 deltagare avslutades varav 8 började arbeta.",
                "Styrelsen har haft fem protokollförda möten.", "Budgeten för 2024 omfattar kostnader på 3 452 000 kr.",
                "Samordningsförbundet Norra Ekbygden", "Årsredovisning 2023", "Sammanträdesprotokoll nr 3", "");
        return Arbitraries.oneOf(row, sentence, Arbitraries.strings().ofMaxLength(80)).list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return documents();
    }
}
