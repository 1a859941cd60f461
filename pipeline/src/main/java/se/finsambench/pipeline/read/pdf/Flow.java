package se.finsambench.pipeline.read.pdf;

import java.util.List;

/**
 * Lines read one after another: the page's full-width text, or one column of a two-column part.
 *
 * @param left  where the flow's lines start
 * @param right the flow's right margin, where a line that is full wraps
 */
record Flow(int page, List<TextLine> lines, float left, float right) {
}
