package se.finsambench.pipeline.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import se.finsambench.pipeline.read.Cancellation;

/**
 * Collects every page's glyphs with their positions (PDFBox's {@link TextPosition}, after its removal of
 * overprinted duplicates used for fake bold) and the page's ruling lines, and builds the page's text lines.
 * Writes no text itself: the layout is worked out from the positions. Stops at the next glyph once the thread
 * is interrupted ({@link Cancellation}).
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<PdfPage> pages = new ArrayList<>();
    private PDPage currentPage;

    private GlyphCollector() {
        setSortByPosition(false);
    }

    static List<PdfPage> pages(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.getText(document);
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        Cancellation.check();
        currentPage = page;
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Cancellation.check();
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                if (p.getDir() == 0 && p.getUnicode() != null && !p.getUnicode().isEmpty()) {
                    glyphs.add(glyph(p));
                }
            }
        }
        PDRectangle box = currentPage.getCropBox();
        boolean turned = currentPage.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        List<Ruling> rulings = turned ? List.of() : RulingCollector.rulings(currentPage);
        pages.add(new PdfPage(getCurrentPageNo(), width, height, LineBuilder.lines(glyphs), rulings));
    }

    private static Glyph glyph(TextPosition p) {
        float size = p.getFontSizeInPt();
        if (!(size > 0)) {
            size = p.getHeightDir() > 0 ? p.getHeightDir() : 10;
        }
        float space = p.getWidthOfSpace();
        if (!(space > 0.05f * size) || space > size) {
            space = 0.25f * size;
        }
        return new Glyph(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(), size, isBold(p.getFont()), space);
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
