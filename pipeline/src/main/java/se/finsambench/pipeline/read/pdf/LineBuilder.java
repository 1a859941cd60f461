package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs to words to lines. Glyphs on one baseline (within a third of the font size, so a raised footnote
 * mark stays on its line) form a line; a space glyph or a gap of more than a fraction of a word space ends a
 * word. A small raised digit after a word is a footnote mark: it becomes a superscript digit that the
 * normaliser removes, as DOCX superscripts do, instead of a digit glued to a figure.
 */
final class LineBuilder {
    private static final float SAME_LINE = 0.35f;
    private static final float WORD_GAP_IN_SPACES = 0.3f;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LineBuilder() {
    }

    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lineBaseline = 0;
        float lineSize = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - lineBaseline > SAME_LINE * Math.max(lineSize, g.fontSize())) {
                addLine(current, lines);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineBaseline = g.baseline();
                lineSize = g.fontSize();
            }
            current.add(g);
        }
        addLine(current, lines);
        return lines;
    }

    /** Words that are already words (recognised by OCR) into lines: the same baseline rule as for glyphs. */
    static List<TextLine> linesOfWords(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : sorted) {
            if (!current.isEmpty() && w.baseline() - current.get(0).baseline()
                    > SAME_LINE * Math.max(current.get(0).fontSize(), w.fontSize())) {
                lines.add(new TextLine(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(new TextLine(current));
        }
        return lines;
    }

    private static void addLine(List<Glyph> glyphs, List<TextLine> lines) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Glyph> word = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean blank = g.text().isBlank();
            if (!word.isEmpty() && (blank || startsWord(word.get(word.size() - 1), g))) {
                words.add(word(word, text));
                word = new ArrayList<>();
                text.setLength(0);
            }
            if (!blank) {
                word.add(g);
                text.append(g.text());
            }
        }
        if (!word.isEmpty()) {
            words.add(word(word, text));
        }
        if (!words.isEmpty()) {
            lines.add(new TextLine(markFootnotes(words)));
        }
    }

    private static boolean startsWord(Glyph previous, Glyph next) {
        float gap = next.x() - (previous.x() + previous.width());
        return gap > WORD_GAP_IN_SPACES * Math.max(previous.space(), next.space())
                || Math.abs(next.baseline() - previous.baseline()) > SAME_LINE * previous.fontSize();
    }

    private static Word word(List<Glyph> glyphs, CharSequence text) {
        Glyph first = glyphs.get(0);
        Glyph last = glyphs.get(glyphs.size() - 1);
        float size = 0;
        int bold = 0;
        for (Glyph g : glyphs) {
            size = Math.max(size, g.fontSize());
            bold += g.bold() ? 1 : 0;
        }
        return new Word(text.toString(), first.x(), last.x() + last.width(), first.baseline(), size,
                2 * bold > glyphs.size(), first.space());
    }

    /** Small raised digits right after a word become superscripts attached to that word. */
    private static List<Word> markFootnotes(List<Word> words) {
        float size = 0;
        float baseline = 0;
        for (Word w : words) {
            if (w.fontSize() > size) {
                size = w.fontSize();
                baseline = w.baseline();
            }
        }
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            boolean mark = !out.isEmpty() && w.fontSize() <= 0.75f * size && w.baseline() < baseline - 0.2f * size
                    && w.text().length() <= 3 && w.text().chars().allMatch(Character::isDigit)
                    && w.x0() - out.get(out.size() - 1).x1() < size * 0.3f;
            if (mark) {
                Word previous = out.remove(out.size() - 1);
                out.add(new Word(previous.text() + superscript(w.text()), previous.x0(), w.x1(), previous.baseline(),
                        previous.fontSize(), previous.bold(), previous.space()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static String superscript(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0')));
        return sb.toString();
    }
}
