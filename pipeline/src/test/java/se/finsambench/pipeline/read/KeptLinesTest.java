package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;

/**
 * No reader folds a report into one line. A report published inside {@code <pre>} (or {@code white-space: pre}),
 * or saved as .html without any markup, keeps its lines and so its figures — before, HTML collapsed it into one line
 * and kept a handful of the figures, status ok — and every format gives back a multi-line report as many lines.
 */
class KeptLinesTest {

    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = ReportExtractor.withDefaults();

    static String seed(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("finsam.shared", "../../shared"), "corpus/seeds", name));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Set<String> figures(String name, String content) throws Exception {
        ExtractionResult result = extractor.extract(reader.read(name, content.getBytes(UTF_8)));
        return result.facts().stream().map(f -> f.concept() + "|" + f.member() + "|" + f.periodEnd() + "|"
                + f.scenario() + "|" + f.value() + "|" + f.sourceText()).collect(Collectors.toSet());
    }

    /** Equal sets, or a failure naming a few of the differences (not hundreds of figures). */
    private static void assertSameFigures(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + actual.size() + " figures of " + expected.size()
                + "; missing " + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_c34c0b303fa1ddf6.txt", "001_3bf3815ec065237e.txt", "002_601eb6cbae367880.txt",
        "003_15875534ea1158fc.txt", "004_5be25ce82476d800.txt"})
    void aReportInsidePreOrWithoutMarkupGivesTheFiguresOfTheTextFile(String seed) throws Exception {
        String text = seed(seed);
        Set<String> expected = figures("r.txt", text);
        assertTrue(expected.size() > 20, seed);
        assertSameFigures(expected, figures("r.html", "<html><body><pre>" + escaped(text) + "</pre></body></html>"), "pre");
        assertSameFigures(expected, figures("r.html", "<html><body><div style=\"font-family: monospace; "
                + "white-space: pre\">" + escaped(text) + "</div></body></html>"), "white-space: pre");
        assertSameFigures(expected, figures("r.htm", escaped(text)), "no markup at all");
    }

    @ParameterizedTest
    @ValueSource(strings = {"r.txt", "r.md", "r.html", "r.pdf", "r.docx"})
    void everyFormatGivesAMultiLineReportBackAsManyLines(String name) throws Exception {
        List<String> lines = seed("003_15875534ea1158fc.txt").lines().limit(60).toList();
        byte[] bytes = switch (DocumentReader.formatOf(name)) {
            case "pdf" -> RenderedDocuments.toPdf(lines);
            case "docx" -> RenderedDocuments.toDocx(lines);
            case "html" -> ("<pre>" + escaped(String.join("\n", lines)) + "</pre>").getBytes(UTF_8);
            default -> String.join("\n", lines).getBytes(UTF_8);
        };
        long written = lines.stream().filter(l -> !l.isBlank()).count();
        long read = reader.read(name, bytes).lines().stream().filter(l -> !l.isBlank()).count();
        assertTrue(read >= written * 9 / 10, name + ": " + read + " lines of " + written);
    }
}
