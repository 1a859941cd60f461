package se.finsambench.pipeline.read.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text from the positions of its glyphs and rulings ({@link GlyphCollector}) and lays it out
 * ({@link PdfLayout}): paragraphs as lines, tables as rows of TAB-separated cells with their real columns,
 * page furniture dropped, each line with its page.
 */
public final class PdfTextReader {

    private PdfTextReader() {
    }

    /** @return the text, or null when no page has a text layer (a scanned document) */
    public static PdfText read(PDDocument document) throws IOException {
        List<PdfPage> pages = GlyphCollector.pages(document);
        if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
            return null;
        }
        return PdfLayout.read(pages, false);
    }
}
