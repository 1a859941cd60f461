package se.finsambench.pipeline.read;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** PDF to lines with PDFBox, keeping the line and column layout (see {@link TabbingTextStripper}). */
final class PdfReader {
    // Some producers pad columns with space glyphs instead of moving the pen.
    private static final Pattern SPACE_PADDING = Pattern.compile(" {2,}");
    private static final int HEADER_SEARCH_BYTES = 1024;
    private static final List<String> STRUCTURE_WORDS =
            List.of("page tree", "root object", "trailer", "xref", "endstream", "endobj", "startxref", "eof");

    private PdfReader() {
    }

    static List<String> lines(byte[] bytes, ReadBudget budget) throws UnreadableDocumentException {
        if (!hasPdfHeader(bytes)) {
            throw new UnreadableDocumentException("not a valid PDF: the file does not start with a PDF header");
        }
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PdfContentSize.check(document, budget);
            StringWriter out = new StringWriter();
            new TabbingTextStripper().writeText(document, out);
            text = out.toString();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF is encrypted", e);
        } catch (Cancellation.Cancelled e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a valid PDF: " + describe(e), e);
        }
        List<String> lines = text.lines().map(l -> SPACE_PADDING.matcher(l).replaceAll("\t")).toList();
        if (lines.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException("PDF contains no text (it may be scanned images)");
        }
        return lines;
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
