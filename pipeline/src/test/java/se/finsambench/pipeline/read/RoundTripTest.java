package se.finsambench.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders real report lines into PDF and DOCX and checks the readers give the same cells back. */
class RoundTripTest {
    private static final Path SEEDS = Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus", "seeds");
    private static final String SEED = "000_c34c0b303fa1ddf6.txt";

    private final DocumentReader reader = new DocumentReader();

    /** A heading, a short prose sentence, the income statement and part of the balance sheet of the seed. */
    static List<String> sampleLines() throws IOException {
        List<String> seed = Files.readAllLines(SEEDS.resolve(SEED));
        int incomeStatement = seed.indexOf("Belopp i kr.\tNot\t2023\t2022");
        assertTrue(incomeStatement > 0, "seed no longer contains the income statement header");
        Stream<String> text = Stream.of("Södra Åsens samordningsförbund", "2. Resultaträkning",
                "Årets resultat blev −620 592 kr – ett underskott.", "");
        return Stream.concat(text, seed.subList(incomeStatement, incomeStatement + 20).stream()).toList();
    }

    @Test
    void pdfTableRowsComeBackAsTabSeparatedCells() throws Exception {
        List<String> lines = sampleLines();
        TextDocument document = reader.read("sample.pdf", RenderedDocuments.toPdf(lines));

        assertEquals("pdf", document.format());
        // The columns are read from where the cells stand, so empty cells come back too.
        assertEquals(nonBlank(normalized(lines)), nonBlank(document.lines()));
        assertTrue(document.lines().contains("Verksamhetens intäkter\t2\t3 055 998\t3 076 034"));
        assertTrue(document.lines().contains("Avskrivningar\t\t-\t-"));
    }

    @Test
    void docxTableRowsComeBackAsTabSeparatedCellsIncludingEmptyCells() throws Exception {
        List<String> lines = sampleLines();
        TextDocument document = reader.read("sample.docx", RenderedDocuments.toDocx(lines));

        assertEquals("docx", document.format());
        assertEquals(normalized(lines), document.lines());
        assertTrue(document.lines().contains("Avskrivningar\t\t-\t-"));
    }

    @Test
    void pdfWideTableKeepsEveryNumberInItsOwnCell() throws Exception {
        List<String> seed = Files.readAllLines(SEEDS.resolve(SEED));
        int header = seed.indexOf("Ungsam\t\t-1 071\t-1 071\t-1 085\t14\t\t-1 017\t-1 017");
        assertTrue(header > 0, "seed no longer contains the Driftredovisning table");
        List<String> rows = seed.subList(header, header + 7);
        TextDocument document = reader.read("wide.pdf", RenderedDocuments.toPdf(rows));

        assertEquals(visibleInPdf(rows), nonBlank(document.lines()));
    }

    @Test
    void pdfPagesBreakWithoutLosingLines() throws Exception {
        List<String> lines = java.util.stream.IntStream.rangeClosed(1, 130)
                .mapToObj(i -> "Rad " + i + "\t" + i + "\t" + (i * 1000)).toList();
        TextDocument document = reader.read("long.pdf", RenderedDocuments.toPdf(lines));

        assertEquals(lines, nonBlank(document.lines()));
    }

    @Test
    void pdfWrapsLongProseIntoSeveralLinesWithTheSameWords() throws Exception {
        String prose = String.join(" ", java.util.Collections.nCopies(40, "samordnad rehabilitering"));
        TextDocument document = reader.read("prose.pdf", RenderedDocuments.toPdf(List.of(prose)));

        assertTrue(nonBlank(document.lines()).size() > 1);
        assertEquals(prose, String.join(" ", nonBlank(document.lines())));
    }

    static Stream<String> seedNames() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seedNames")
    void wholeSeedSurvivesADocxRoundTrip(String seedName) throws Exception {
        TextDocument original = reader.read(SEEDS.resolve(seedName));
        TextDocument docx = reader.read(seedName + ".docx", RenderedDocuments.toDocx(original.lines()));

        assertEquals(original.lines(), docx.lines());
    }

    @ParameterizedTest
    @MethodSource("seedNames")
    void everySeedReadsAsText(String seedName) throws Exception {
        TextDocument document = reader.read(SEEDS.resolve(seedName));
        List<String> raw = Files.readAllLines(SEEDS.resolve(seedName));

        assertEquals("txt", document.format());
        assertEquals(raw.size(), document.lines().size(), "line numbers are provenance: none may be added or lost");
        assertTrue(document.lines().stream().noneMatch(l -> l.matches(".*[\u00A0\u202F\u2009¹²³⁴⁵].*")));
    }

    private static List<String> normalized(List<String> lines) {
        return lines.stream().map(TextNormalizer::normalize).toList();
    }

    /** What a PDF can show: non-blank lines, with empty cells gone (they leave no mark on the page). */
    private static List<String> visibleInPdf(List<String> lines) {
        return nonBlank(normalized(lines)).stream()
                .map(l -> String.join("\t", Arrays.stream(l.split("\t")).filter(c -> !c.isBlank()).toList()))
                .toList();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
