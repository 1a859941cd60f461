package se.finsambench.pipeline.read.pdf;

import java.util.List;

/**
 * A PDF's text as lines (table rows with TAB-separated cells, as every reader gives them), the 1-based page of
 * each line, and whether the text was recognised from images (OCR) rather than read from a text layer.
 */
public record PdfText(List<String> lines, List<Integer> pages, boolean ocr) {
    public PdfText {
        lines = List.copyOf(lines);
        pages = List.copyOf(pages);
        if (lines.size() != pages.size()) {
            throw new IllegalArgumentException("one page per line");
        }
    }
}
