package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.finsambench.pipeline.read.TextDocument;

/**
 * One fixture per text layout the extractor reads ({@code src/test/resources/layouts}): {@code <name>.txt} and
 * {@code <name>.expected.csv}, the preferred facts it must give, no more and no fewer
 * ({@code concept,member,period_end,scenario,value}). Supporting a new layout is two data files.
 */
class LayoutFixturesTest {

    static final Path LAYOUTS = Path.of("src/test/resources/layouts");
    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaults();

    static Stream<String> layouts() throws IOException {
        try (Stream<Path> files = Files.list(LAYOUTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theLayoutGivesExactlyItsExpectedFacts(String layout) throws IOException {
        List<String> lines = Files.readAllLines(LAYOUTS.resolve(layout + ".txt"), StandardCharsets.UTF_8);
        List<String> got = facts(EXTRACTOR.extract(new TextDocument(layout + ".txt", "txt", lines)));
        Path expectedFile = LAYOUTS.resolve(layout + ".expected.csv");
        List<String> expected = Files.exists(expectedFile) ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("concept,")).sorted().toList() : List.of();
        assertEquals(String.join("\n", expected), String.join("\n", got), layout);
    }

    static List<String> facts(ExtractionResult result) {
        return result.facts().stream().filter(f -> f.rank() == 1)
                .map(f -> String.format(Locale.ROOT, "%s,%s,%s,%s,%s", f.concept(), f.member(), f.periodEnd(), f.scenario().id(),
                        java.math.BigDecimal.valueOf(f.value()).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                                .toPlainString()))
                .sorted().toList();
    }
}
