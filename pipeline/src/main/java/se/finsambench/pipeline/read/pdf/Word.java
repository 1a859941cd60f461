package se.finsambench.pipeline.read.pdf;

/**
 * A run of glyphs without a word space between them, with its extent on the page (points, y downwards).
 *
 * @param space the width of a word space in the word's font, for judging gaps and what would fit on a line
 * @param confidence 1 for a PDF's text layer; the recogniser's confidence (0–1) for an OCR'd word
 */
record Word(String text, float x0, float x1, float baseline, float fontSize, boolean bold, float space,
            double confidence) {

    Word(String text, float x0, float x1, float baseline, float fontSize, boolean bold, float space) {
        this(text, x0, x1, baseline, fontSize, bold, space, 1.0);
    }

    float width() {
        return x1 - x0;
    }

    float center() {
        return (x0 + x1) / 2;
    }
}
