package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;

/**
 * A UTF-8 report with a stray byte (a dash pasted from an old Windows program) keeps every other line as it is: the
 * byte becomes U+FFFD, the document names the line, and the figures of the other lines are those of the clean
 * report. Before, one byte made the whole file Windows-1252: seed 001 lost 41 of its 127 figures and its
 * association, seed 000 was rejected.
 */
class StrayBytesTest {

    private static final byte EN_DASH_1252 = (byte) 0x96;
    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = ReportExtractor.withDefaults();

    static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus/seeds", name));
    }

    private static Set<String> figures(ExtractionResult result, Set<Integer> exceptLines) {
        return result.facts().stream().filter(f -> !exceptLines.contains(f.sourceLine()))
                .map(f -> f.concept() + "|" + f.member() + "|" + f.periodEnd() + "|" + f.scenario() + "|" + f.value()
                        + "|" + f.sourceLine())
                .collect(Collectors.toSet());
    }

    @Test
    void oneStrayByteInSeed001ChangesOnlyItsLine() throws Exception {
        byte[] clean = seed("001_3bf3815ec065237e.txt");
        List<String> lines = new String(clean, UTF_8).lines().toList();
        int middle = lines.size() / 2; // the first table row with a figure from the middle on
        while (!(lines.get(middle - 1).contains("\t") && lines.get(middle - 1).matches(".*\\d.*"))) {
            middle++;
        }
        TextDocument text = reader.read("001.txt", HostileDocuments.withByteAtLineEnds(clean, EN_DASH_1252, Set.of(middle)));
        TextDocument expected = reader.read("001.txt", clean);

        assertEquals(expected.lines().size(), text.lines().size());
        for (int i = 1; i <= text.lines().size(); i++) {
            assertEquals(i == middle ? TextNormalizer.normalize(expected.line(i) + " \uFFFD") : expected.line(i),
                    text.line(i), "line " + i);
        }
        assertEquals(List.of("line " + middle + " has bytes that are not UTF-8, shown as \uFFFD (the rest of the file "
                + "is UTF-8)"), text.problems());

        ExtractionResult before = extractor.extract(expected);
        ExtractionResult after = extractor.extract(text);
        assertEquals(before.info().associationId(), after.info().associationId());
        assertEquals(figures(before, Set.of(middle)), figures(after, Set.of(middle)));
        assertTrue(after.facts().size() >= before.facts().size() - 2, after.facts().size() + " of " + before.facts().size());
    }

    @Test
    void aFewStrayBytesInSeed000KeepItsAssociationAndFigures() throws Exception {
        byte[] clean = seed("000_c34c0b303fa1ddf6.txt");
        int lines = new String(clean, UTF_8).lines().toList().size();
        Set<Integer> broken = Set.of(lines / 7, 3 * lines / 7, 5 * lines / 7);
        TextDocument text = reader.read("000.txt", HostileDocuments.withByteAtLineEnds(clean, EN_DASH_1252, broken));
        ExtractionResult before = extractor.extract(reader.read("000.txt", clean));
        ExtractionResult after = extractor.extract(text);

        assertEquals(1, text.problems().size(), text.problems().toString());
        assertTrue(text.problems().get(0).startsWith("lines "), text.problems().toString());
        assertEquals(before.info().associationId(), after.info().associationId());
        assertEquals(figures(before, broken), figures(after, broken));
    }

    @Test
    void aFileThatIsWindows1252ThroughoutIsStillReadAsThatWithoutProblems() throws Exception {
        String clean = new String(seed("000_c34c0b303fa1ddf6.txt"), UTF_8);
        TextDocument text = reader.read("000.txt", clean.getBytes(Charset.forName("windows-1252")));
        assertEquals(reader.read("000.txt", clean.getBytes(UTF_8)).lines(), text.lines());
        assertEquals(List.of(), text.problems());
    }

    @Test
    void aStrayByteInAnHtmlFileNamesTheLineOfTheFile() throws Exception {
        byte[] html = HostileDocuments.withByteAtLineEnds("<html><body>\n<h1>Årsredovisning 2023</h1>\n<p>Kostnader 3 000</p>\n</body></html>\n"
                .getBytes(UTF_8), EN_DASH_1252, Set.of(3));
        TextDocument text = reader.read("r.html", html);
        assertEquals(List.of("Årsredovisning 2023", "Kostnader 3 000", "\uFFFD"), text.lines());
        assertTrue(text.problems().get(0).startsWith("line 3 has bytes"), text.problems().toString());
    }
}
