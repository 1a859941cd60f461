package se.finsambench.pipeline.read.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import se.finsambench.pipeline.read.Cancellation;

/**
 * Pages without a text layer (a scanned, signed protocol): each page rendered at 300 dpi and read by
 * {@link Tesseract}; the words it recognises become lines in page points, like a text layer's, so the same
 * layout (tables, paragraphs, page furniture) applies. Words keep the recogniser's confidence.
 */
final class ScannedPages {
    private static final float DPI = 300;
    static final int MOST_IMAGES_PER_PAGE = 16;

    private ScannedPages() {
    }

    /** Some page shows an image (there may be text to recognise). */
    static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources != null) {
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static List<PdfPage> recognise(PDDocument document) throws IOException, InterruptedException {
        PDFRenderer renderer = new BoundedRenderer(document);
        renderer.setSubsamplingAllowed(true); // OCR needs no averaged downscale of an image drawn small
        List<PdfPage> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("OCR interrupted");
            }
            BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            PDRectangle box = document.getPage(i).getCropBox();
            pages.add(new PdfPage(i + 1, box.getWidth(), box.getHeight(), lines(Tesseract.recognise(png.toByteArray())),
                    List.of()));
        }
        return pages;
    }

    /**
     * A renderer whose pages stop when the document's time is up and refuse to draw more than
     * {@link #MOST_IMAGES_PER_PAGE} images: a scan has one image per page, and a damaged page that draws its image
     * thousands of times (ReaderFuzzTest found one) decodes it each time, for minutes. PDFBox only logs an
     * IOException thrown while drawing an image, so the refusal is unchecked.
     */
    private static final class BoundedRenderer extends PDFRenderer {
        BoundedRenderer(PDDocument document) {
            super(document);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                private int images;

                @Override
                public void drawImage(PDImage image) throws IOException {
                    Cancellation.check();
                    if (++images > MOST_IMAGES_PER_PAGE) {
                        throw new TooManyImages();
                    }
                    super.drawImage(image);
                }
            };
        }
    }

    /** A page drew more images than a scan has. */
    static final class TooManyImages extends RuntimeException {
        TooManyImages() {
            super("scanned PDF: a page draws more than " + MOST_IMAGES_PER_PAGE + " images, which no scan does");
        }
    }

    /**
     * Words in points. A recognised line's words share its baseline (the lowest bottom of its words that has no
     * descender, taken as the highest word bottom) and its size; sizes within a quarter of the page's usual one are
     * the usual one (box heights vary with ascenders and descenders, the type does not). The width of a word space
     * is the page's usual gap between words, in proportion to the line's size.
     */
    static List<TextLine> lines(List<Tesseract.OcrWord> recognised) {
        if (recognised.isEmpty()) {
            return List.of();
        }
        float scale = 72f / DPI;
        Map<Integer, int[]> lineBox = new HashMap<>(); // top, bottom, highest word bottom
        for (Tesseract.OcrWord w : recognised) {
            int bottom = w.top() + w.height();
            lineBox.merge(w.lineKey(), new int[] {w.top(), bottom, bottom},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2])});
        }
        // A line box runs from the ascenders to the descenders: about the font size.
        float usual = median(lineBox.values().stream().map(b -> (float) (b[1] - b[0])).toList()) * scale / 0.95f;
        float space = usualGap(recognised) * scale;
        List<Word> words = new ArrayList<>();
        for (Tesseract.OcrWord w : recognised) {
            int[] box = lineBox.get(w.lineKey());
            float size = (box[1] - box[0]) * scale / 0.95f;
            if (Math.abs(size - usual) <= 0.25f * usual) {
                size = usual;
            }
            float gap = space > 0 ? space * size / usual : 0.25f * size;
            words.add(new Word(w.text(), w.left() * scale, (w.left() + w.width()) * scale, box[2] * scale,
                    Math.max(4, size), false, gap, w.confidence()));
        }
        return LineBuilder.linesOfWords(words);
    }

    /** The median gap between neighbouring words of one recognised line: most gaps are word spaces. */
    private static float usualGap(List<Tesseract.OcrWord> words) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            Tesseract.OcrWord a = words.get(i - 1);
            Tesseract.OcrWord b = words.get(i);
            if (a.lineKey() == b.lineKey() && b.left() > a.left()) {
                gaps.add((float) (b.left() - a.left() - a.width()));
            }
        }
        return gaps.isEmpty() ? 0 : median(gaps);
    }

    private static float median(List<Float> values) {
        List<Float> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
