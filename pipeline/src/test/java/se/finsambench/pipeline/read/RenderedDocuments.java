package se.finsambench.pipeline.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import se.finsambench.pipeline.generate.DocumentRenderer;

/**
 * Test support: renders text lines into real PDF and DOCX files. Delegates to the generator's
 * {@link DocumentRenderer}, so tests and the generated corpus share one rendering.
 */
public final class RenderedDocuments {
    static final float FONT_SIZE = DocumentRenderer.FONT_SIZE;

    private RenderedDocuments() {
    }

    public static byte[] toPdf(List<String> lines) {
        return DocumentRenderer.toPdf(lines);
    }

    public static byte[] toDocx(List<String> lines) {
        return DocumentRenderer.toDocx(lines);
    }

    static PDFont loadFont(PDDocument document) throws IOException {
        return DocumentRenderer.loadFont(document);
    }
}
