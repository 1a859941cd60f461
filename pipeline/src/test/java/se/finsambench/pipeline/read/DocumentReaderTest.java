package se.finsambench.pipeline.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private String reasonFor(String fileName, byte[] bytes) {
        return assertThrows(UnreadableDocumentException.class, () -> reader.read(fileName, bytes)).reason();
    }

    @ParameterizedTest
    @CsvSource({
        "rapport.TXT, txt", "rapport.md, md", "Rapport.Html, html", "rapport.htm, html",
        "ÅRSREDOVISNING 2023.PDF, pdf", "protokoll.docx, docx",
    })
    void formatIsChosenByExtensionIgnoringCase(String fileName, String format) throws Exception {
        assertEquals(format, DocumentReader.formatOf(fileName));
    }

    @Test
    void unsupportedExtensionIsRefusedInPlainLanguage() {
        assertEquals("unsupported file type .xls", reasonFor("budget.xls", "x".getBytes(UTF_8)));
        assertEquals("unsupported file type: the file name has no extension", reasonFor("README", "x".getBytes(UTF_8)));
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("file is empty", reasonFor("tom.txt", new byte[0]));
        assertEquals("file is empty", reasonFor("tom.pdf", new byte[0]));
    }

    @Test
    void whitespaceOnlyFileIsRefusedAsEmpty() {
        assertEquals("file is empty", reasonFor("tom.txt", " \r\n\t\u00A0\n".getBytes(UTF_8)));
        assertEquals("file is empty", reasonFor("tom.md", "\n\n".getBytes(UTF_8)));
        assertEquals("file is empty", reasonFor("tom.html", "<html><body><p> </p></body></html>".getBytes(UTF_8)));
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeParsing() {
        DocumentReader small = new DocumentReader(1024 * 1024);
        byte[] tooBig = new byte[1024 * 1024 + 1];
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> small.read("x.pdf", tooBig));
        assertEquals("file is larger than the 1 MiB limit", e.reason());
    }

    @Test
    void defaultLimitIs64MiB() {
        assertEquals("64 MiB", ReadBudget.describe(DocumentReader.DEFAULT_MAX_BYTES));
        assertEquals(64L * 1024 * 1024, DocumentReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void readingAPathUsesTheFileNameAsSource(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rapport.txt"), "Belopp i kr.\tNot\t2023\n", UTF_8);
        TextDocument document = reader.read(file);

        assertEquals("rapport.txt", document.sourceName());
        assertEquals(List.of("Belopp i kr.\tNot\t2023"), document.lines());
    }

    @Test
    void readingAPathAboveTheLimitIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("stor.txt"), new byte[2048]);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> new DocumentReader(1024).read(file));
        assertEquals("file is larger than the 1 KiB limit", e.reason());
    }

    @Test
    void everyLineIsNormalised() throws Exception {
        TextDocument document = reader.read("r.txt", "ESF Lumena ⁵\t4\u00A0764\t2 063⁵\n".getBytes(UTF_8));
        assertEquals(List.of("ESF Lumena\t4 764\t2 063"), document.lines());
    }
}
