package se.finsambench.pipeline.read.pdf;

import java.util.List;

/**
 * Lines of prose joined into one: what a word processor's paragraph held.
 *
 * @param spaced set apart from the text above by more than a line's distance
 */
record Paragraph(String text, int page, List<TextLine> lines, Flow flow, boolean spaced) {

    TextLine first() {
        return lines.get(0);
    }

    TextLine last() {
        return lines.get(lines.size() - 1);
    }

    /**
     * This paragraph goes on at the top of the next column or page: it ends inside a sentence, the next line
     * has the same type and starts at its flow's left edge, and its first word would not have fitted here.
     */
    boolean wrapsInto(TextLine next, Flow nextFlow) {
        char end = text.charAt(text.length() - 1);
        return end != '.' && end != '!' && end != '?' && end != ':' && Paragraphs.sameStyle(last(), next)
                && Paragraphs.full(last(), next, flow) && next.x0() <= nextFlow.left() + 2 * next.fontSize();
    }

    Paragraph followedBy(Paragraph next) {
        List<TextLine> all = new java.util.ArrayList<>(lines);
        all.addAll(next.lines);
        return new Paragraph(CellWrap.join(text, next.text), page, all, next.flow, spaced);
    }
}
