package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page into flows in reading order. A two-column part — lines of prose on both sides of an empty
 * vertical gutter near the middle of the text area, for several lines, the two sides about as wide — is read
 * left column first, then the right one; everything above and below it is read as full-width text. Tables
 * with a free band between two columns do not qualify: their columns differ in width, a figure column is
 * not prose, and a gutter crossed by a ruling is a table's.
 */
final class TextFlows {
    private static final int MIN_LINES = 6;
    private static final float MIN_GUTTER = 12f;
    private static final float MIDDLE_FROM = 0.3f;
    private static final float MIDDLE_TO = 0.7f;

    private TextFlows() {
    }

    /**
     * The flows of a page, and the gutter of a two-column part that runs to the bottom of the page (or null):
     * the next page may go on in the same columns for only a few lines.
     */
    record Split(List<Flow> flows, float[] gutterAtEnd) {
    }

    /** @param carried the gutter of two columns that the previous page ended in, or null */
    static Split of(PdfPage page, float left, float right, float[] carried) {
        List<TextLine> lines = page.lines();
        List<Flow> flows = new ArrayList<>();
        List<TextLine> full = new ArrayList<>();
        float[] atEnd = null;
        int i = 0;
        while (i < lines.size()) {
            float[] gutter = null;
            int end = i;
            float[] candidate = gutter(lines.subList(i, i + 1), left, right);
            if (candidate != null) {
                end = i + 1;
                while (end < lines.size() && gutter(lines.subList(i, end + 1), left, right) != null
                        && !ruledBetween(page, lines.get(end - 1), lines.get(end), left, right)) {
                    end++;
                }
                gutter = gutter(lines.subList(i, end), left, right);
            }
            boolean goesOn = i == 0 && carried != null && gutter != null && end - i >= 2
                    && Math.min(gutter[1], carried[1]) > Math.max(gutter[0], carried[0]);
            if (gutter != null && (goesOn || end - i >= MIN_LINES && twoColumnsOfProse(lines.subList(i, end), gutter, page, left, right))) {
                if (!full.isEmpty()) {
                    flows.add(new Flow(page.number(), full, left, right));
                    full = new ArrayList<>();
                }
                float middle = (gutter[0] + gutter[1]) / 2;
                flows.add(new Flow(page.number(), side(lines.subList(i, end), middle, true), left, gutter[0]));
                flows.add(new Flow(page.number(), side(lines.subList(i, end), middle, false), gutter[1], right));
                atEnd = end == lines.size() ? gutter : null;
                i = end;
            } else {
                full.add(lines.get(i));
                i++;
            }
        }
        if (!full.isEmpty()) {
            flows.add(new Flow(page.number(), full, left, right));
        }
        return new Split(flows, atEnd);
    }

    /** A horizontal ruling across the middle of the text area lies between the two lines (a table's border). */
    private static boolean ruledBetween(PdfPage page, TextLine upper, TextLine lower, float left, float right) {
        float middle = (left + right) / 2;
        return page.rulings().stream().anyMatch(r -> r.horizontal() && r.x0() < middle && r.x1() > middle
                && r.y() > upper.baseline() && r.y() < lower.baseline());
    }

    /** The widest x-range in the middle of the text area that no word of these lines covers, or null. */
    static float[] gutter(List<TextLine> lines, float left, float right) {
        int from = (int) (left + MIDDLE_FROM * (right - left));
        int to = (int) (left + MIDDLE_TO * (right - left));
        if (to <= from) {
            return null;
        }
        boolean[] covered = new boolean[to - from];
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                for (int x = Math.max(from, (int) Math.floor(w.x0())); x < Math.min(to, (int) Math.ceil(w.x1())); x++) {
                    covered[x - from] = true;
                }
            }
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int x = 0; x < covered.length; x++) {
            int start = x;
            while (x < covered.length && !covered[x]) {
                x++;
            }
            if (x - start > bestLength) {
                bestLength = x - start;
                bestStart = start;
            }
        }
        return bestLength >= MIN_GUTTER ? new float[] {from + bestStart, from + bestStart + bestLength} : null;
    }

    private static boolean twoColumnsOfProse(List<TextLine> lines, float[] gutter, PdfPage page, float left, float right) {
        float leftWidth = gutter[0] - left;
        float rightWidth = right - gutter[1];
        if (Math.abs(leftWidth - rightWidth) > 0.2f * Math.max(leftWidth, rightWidth)) {
            return false; // columns of a page layout are as wide as each other; a table's seldom are
        }
        for (Ruling r : page.rulings()) {
            if (r.vertical() && r.x() > gutter[0] && r.x() < gutter[1]) {
                return false;
            }
        }
        float middle = (gutter[0] + gutter[1]) / 2;
        return prose(side(lines, middle, true), gutter[0]) && prose(side(lines, middle, false), Float.NaN);
    }

    /**
     * Most lines hold several words (not figures) and start at the column's left edge, and a good part run up
     * to its right edge, as wrapped paragraphs do; a table's label or figure column does not.
     */
    private static boolean prose(List<TextLine> column, float edge) {
        if (column.size() < MIN_LINES / 2) {
            return false;
        }
        float right = Float.isNaN(edge) ? column.stream().map(TextLine::x1).max(Float::compare).orElse(0f) : edge;
        float left = column.stream().map(TextLine::x0).min(Float::compare).orElse(0f);
        int wordy = 0;
        int full = 0;
        int aligned = 0;
        for (TextLine l : column) {
            aligned += l.x0() - left <= 2 ? 1 : 0;
            if (l.words().stream().filter(TextFlows::isWord).count() >= 3) {
                wordy++;
                full += right - l.x1() <= 3 * l.fontSize() ? 1 : 0;
            }
        }
        return 2 * wordy >= column.size() && 10 * full >= 3 * wordy && 10 * aligned >= 6 * column.size();
    }

    private static boolean isWord(Word w) {
        return w.text().codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static List<TextLine> side(List<TextLine> lines, float middle, boolean leftSide) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : lines) {
            List<Word> words = line.words().stream().filter(w -> (w.center() < middle) == leftSide).toList();
            if (!words.isEmpty()) {
                out.add(new TextLine(words));
            }
        }
        return out;
    }
}
