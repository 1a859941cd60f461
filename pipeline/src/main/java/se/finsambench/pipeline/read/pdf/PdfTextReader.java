package se.finsambench.pipeline.read.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text from the positions of its glyphs and rulings ({@link GlyphCollector}) — or, for a scanned
 * PDF, of the words Tesseract recognises ({@link ScannedPages}) — and lays it out ({@link PdfLayout}):
 * paragraphs as lines, tables as rows of TAB-separated cells with their real columns, page furniture dropped,
 * each line with its page.
 */
public final class PdfTextReader {

    private PdfTextReader() {
    }

    /** Why a PDF without text cannot be read. */
    public static final class NoTextException extends Exception {
        public NoTextException(String reason) {
            super(reason);
        }
    }

    public static final String NO_TEXT_LAYER = "scanned PDF: no text layer (install tesseract-ocr-swe to read it)";
    public static final String NOTHING_RECOGNISED = "scanned PDF: no text could be recognised in its page images";
    public static final String NO_TEXT = "PDF contains no text";

    /** Scanned PDFs can be read: Tesseract and its Swedish model are installed. */
    public static boolean canRecognise() {
        return Tesseract.available();
    }

    /**
     * The text layer laid out; for a PDF without one but with page images, the text {@link Tesseract} recognises
     * in them ({@link PdfText#ocr()}).
     */
    public static PdfText read(PDDocument document) throws IOException, NoTextException, InterruptedException {
        List<PdfPage> pages = GlyphCollector.pages(document);
        if (pages.stream().anyMatch(p -> !p.lines().isEmpty())) {
            return PdfLayout.read(pages, false);
        }
        if (!ScannedPages.hasImages(document)) {
            throw new NoTextException(NO_TEXT);
        }
        if (!Tesseract.available()) {
            throw new NoTextException(NO_TEXT_LAYER);
        }
        List<PdfPage> recognised;
        try {
            recognised = ScannedPages.recognise(document);
        } catch (ScannedPages.TooManyImages e) {
            throw new NoTextException(e.getMessage());
        }
        if (recognised.stream().allMatch(p -> p.lines().isEmpty())) {
            throw new NoTextException(NOTHING_RECOGNISED);
        }
        return PdfLayout.read(recognised, true);
    }
}
