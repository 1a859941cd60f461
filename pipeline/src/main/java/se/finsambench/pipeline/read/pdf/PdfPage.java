package se.finsambench.pipeline.read.pdf;

import java.util.List;

/** One page's text lines (top to bottom) and ruling lines, in points from the top-left corner. */
record PdfPage(int number, float width, float height, List<TextLine> lines, List<Ruling> rulings) {

    PdfPage withLines(List<TextLine> newLines) {
        return new PdfPage(number, width, height, newLines, rulings);
    }
}
