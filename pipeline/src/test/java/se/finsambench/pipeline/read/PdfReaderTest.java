package se.finsambench.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private String reasonFor(byte[] bytes) {
        return assertThrows(UnreadableDocumentException.class, () -> reader.read("rapport.pdf", bytes)).reason();
    }

    @Test
    void randomBytesNamedPdfGiveAClearReason() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertEquals("not a valid PDF: the file does not start with a PDF header", reasonFor(junk));
    }

    @Test
    void pdfHeaderWithoutABodyIsNotAValidPdf() {
        assertEquals("not a valid PDF: the file is damaged or incomplete", reasonFor("%PDF-1.7\n%%EOF\n".getBytes()));
    }

    @Test
    void truncatedPdfIsReportedAsDamaged() {
        byte[] pdf = RenderedDocuments.toPdf(List.of("Kassa och bank\t1 281 068\t1 757 672"));
        assertEquals("not a valid PDF: the file is damaged or incomplete", reasonFor(Arrays.copyOf(pdf, pdf.length / 2)));
    }

    @Test
    void pdfWithAUserPasswordIsReportedAsEncrypted() throws Exception {
        byte[] pdf = RenderedDocuments.toPdf(List.of("Hemlig budget\t450"));
        assertEquals("PDF is encrypted", reasonFor(encrypt(pdf, "ägare", "användare")));
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsStillRead() throws Exception {
        byte[] pdf = RenderedDocuments.toPdf(List.of("Budget\t450"));
        assertEquals(List.of("Budget\t450"), nonBlank(reader.read("r.pdf", encrypt(pdf, "ägare", "")).lines()));
    }

    @Test
    void pdfWithoutTextOrImagesSaysSo() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            assertEquals("PDF contains no text", reasonFor(save(document)));
        }
    }

    @Test
    void spacePaddedColumnsBecomeTabs() throws Exception {
        byte[] pdf = drawWords(List.of(new Word("Kassa och bank     1 281 068     1 757 672", 40)));
        assertEquals(List.of("Kassa och bank\t1 281 068\t1 757 672"), nonBlank(reader.read("r.pdf", pdf).lines()));
    }

    @Test
    void wideWordSpacingInJustifiedProseIsNotAColumnGap() throws Exception {
        // At 8pt a space is about 2.5pt; justified lines stretch it, here to 5pt.
        byte[] pdf = drawWords(List.of(new Word("Förbundet", 40), new Word("har", 83.5f), new Word("ett", 102.5f)));
        assertEquals(List.of("Förbundet har ett"), nonBlank(reader.read("r.pdf", pdf).lines()));
    }

    @Test
    void swedishLettersAndMinusSignsSurvive() throws Exception {
        byte[] pdf = RenderedDocuments.toPdf(List.of("Årets resultat\t−620 592\t–280 034"));
        assertEquals(List.of("Årets resultat\t−620 592\t–280 034"), nonBlank(reader.read("r.pdf", pdf).lines()));
    }

    private record Word(String text, float x) {
    }

    /** One line of words, each drawn at its own x position, at 8pt like RenderedDocuments. */
    private static byte[] drawWords(List<Word> words) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = RenderedDocuments.loadFont(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Word word : words) {
                    content.beginText();
                    content.setFont(font, RenderedDocuments.FONT_SIZE);
                    content.newLineAtOffset(word.x(), 700);
                    content.showText(word.text());
                    content.endText();
                }
            }
            return save(document);
        }
    }

    private static byte[] encrypt(byte[] pdf, String ownerPassword, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }
}
