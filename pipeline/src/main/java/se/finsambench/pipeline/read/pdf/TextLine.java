package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Words that share a baseline, left to right. */
record TextLine(List<Word> words) {

    /** A gap this many word spaces wide (or more) separates two cells of a table row. */
    static final float CELL_GAP_IN_SPACES = 1.5f;

    TextLine {
        words = words.stream().sorted(Comparator.comparingDouble(Word::x0)).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has words");
        }
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.stream().map(Word::x1).max(Float::compare).orElseThrow();
    }

    /** The baseline of the line's largest text (a footnote mark or subscript does not move it). */
    float baseline() {
        return dominant().baseline();
    }

    float fontSize() {
        return dominant().fontSize();
    }

    float space() {
        return dominant().space();
    }

    boolean bold() {
        int bold = 0;
        int all = 0;
        for (Word w : words) {
            all += w.text().length();
            bold += w.bold() ? w.text().length() : 0;
        }
        return 2 * bold > all;
    }

    String text() {
        return join(words);
    }

    /** Runs of words separated by gaps wider than a word space: the cells of a table row, or one run of prose. */
    List<List<Word>> segments() {
        List<List<Word>> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : words) {
            if (!current.isEmpty() && isCellGap(current.get(current.size() - 1), w)) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
        }
        out.add(current);
        return out;
    }

    /** The same line moved down by {@code dy} points. */
    TextLine shifted(float dy) {
        return new TextLine(words.stream().map(w -> new Word(w.text(), w.x0(), w.x1(), w.baseline() + dy, w.fontSize(),
                w.bold(), w.space(), w.confidence())).toList());
    }

    static boolean isCellGap(Word left, Word right) {
        float space = Math.max(left.space(), right.space());
        return right.x0() - left.x1() >= CELL_GAP_IN_SPACES * space;
    }

    static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    private Word dominant() {
        Word best = words.get(0);
        for (Word w : words) {
            if (w.fontSize() > best.fontSize() + 0.1f && w.text().length() > 1
                    || best.text().length() <= 1 && w.text().length() > 1) {
                best = w;
            }
        }
        return best;
    }
}
