package se.finsambench.pipeline.read.pdf;

/**
 * One character as a PDF page places it, in points from the page's top-left corner.
 *
 * @param baseline y of the baseline, growing downwards
 * @param space    the width of a word space in the glyph's font at its size
 */
record Glyph(String text, float x, float width, float baseline, float fontSize, boolean bold, float space) {
}
