package se.finsambench.pipeline.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.finsambench.pipeline.read.pdf.PdfText;
import se.finsambench.pipeline.read.pdf.PdfTextReader;

/** PDF to lines with their pages, laid out from glyph positions (or OCR'd words) by {@link PdfTextReader}. */
final class PdfReader {
    private static final int HEADER_SEARCH_BYTES = 1024;
    private static final List<String> STRUCTURE_WORDS =
            List.of("page tree", "root object", "trailer", "xref", "endstream", "endobj", "startxref", "eof");

    private PdfReader() {
    }

    static PdfText read(byte[] bytes, ReadBudget budget) throws UnreadableDocumentException {
        if (!hasPdfHeader(bytes)) {
            throw new UnreadableDocumentException("not a valid PDF: the file does not start with a PDF header");
        }
        PdfText text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PdfContentSize.check(document, budget);
            text = PdfTextReader.read(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF is encrypted", e);
        } catch (PdfTextReader.NoTextException e) {
            throw new UnreadableDocumentException(e.getMessage(), e);
        } catch (InterruptedException e) { // waiting for Tesseract: the document's time ran out
            Thread.currentThread().interrupt();
            throw new Cancellation.Cancelled();
        } catch (Cancellation.Cancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a valid PDF: " + describe(e), e);
        }
        if (text.lines().stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(PdfTextReader.NO_TEXT);
        }
        return text;
    }

    /** Like PDFBox's lenient parser: the header may follow some junk, but must be near the start. */
    static boolean hasPdfHeader(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, HEADER_SEARCH_BYTES), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    /** PDFBox's messages name PDF internals; the structural ones all mean the same thing to a user. */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        for (String internal : STRUCTURE_WORDS) {
            if (lower.contains(internal)) {
                return "the file is damaged or incomplete";
            }
        }
        return message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
