package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Prose lines to paragraphs. A line goes on with the one above when both have the same size and weight,
 * follow at the document's line distance for that size, and the line's first word would not have fitted at
 * the end of the line above within the flow's width — so a sentence with a figure broken over two lines
 * ("blir 1 222" / "000 kr") is one line again, while short lines (addresses, headings, list items) stay apart.
 */
final class Paragraphs {
    private static final float SAME_SIZE = 0.6f;
    private static final float LINE_DISTANCE = 1.25f;

    private Paragraphs() {
    }

    static List<Paragraph> of(Block.Prose prose, LinePitch pitch) {
        List<Paragraph> out = new ArrayList<>();
        TextLine previous = null;
        List<TextLine> current = new ArrayList<>();
        String text = "";
        boolean spaced = true;
        for (TextLine line : prose.lines()) {
            boolean joins = previous != null && sameStyle(previous, line) && full(previous, line, prose.flow())
                    && line.baseline() - previous.baseline() <= LINE_DISTANCE * pitch.of(line.fontSize());
            if (previous != null && !joins) {
                out.add(new Paragraph(text, prose.flow().page(), current, prose.flow(), spaced));
                spaced = line.baseline() - previous.baseline() > LINE_DISTANCE * pitch.of(line.fontSize());
                current = new ArrayList<>();
                text = "";
            }
            current.add(line);
            text = CellWrap.join(text, line.text());
            previous = line;
        }
        if (!current.isEmpty()) {
            out.add(new Paragraph(text, prose.flow().page(), current, prose.flow(), spaced));
        }
        return out;
    }

    static boolean sameStyle(TextLine a, TextLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) <= SAME_SIZE && a.bold() == b.bold();
    }

    /**
     * The line above was full: the next line's first word would not have fitted after it (half a space's slack
     * for where the right margin was estimated, or a scan's wobble).
     */
    static boolean full(TextLine above, TextLine next, Flow flow) {
        Word first = next.words().get(0);
        return above.x1() + 1.5f * above.space() + first.width() > flow.right();
    }
}
