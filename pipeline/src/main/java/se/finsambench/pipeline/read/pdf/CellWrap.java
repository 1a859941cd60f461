package se.finsambench.pipeline.read.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.finsambench.pipeline.extract.BundledData;

/**
 * Whether the next line of text in a cell (or a paragraph) goes on with the line above, the way a typesetter
 * wraps: only when the next line's first word would not have fitted at the end of the line above within the
 * cell's width. Fitting is necessary, not enough, because a new row can look the same: a new row of a
 * table starts with a capital letter ("Tillgångar" / "Omsättningstillgångar") unless the line above ends in a
 * word that needs more ("Bidrag från" / "Region Skåne"); figures go on only as whole digit groups ("7 509" /
 * "712"), never as another figure ("2023" / "2022").
 */
final class CellWrap {
    private static final Set<String> CONNECTORS = load("/lexicon/wrap-connectors.txt");
    private static final float SAME_SIZE = 0.6f;

    private CellWrap() {
    }

    /**
     * The next line's first word, in the same size and weight, would not have fitted at the end of the line
     * above within the column's width: the line above may have wrapped into it.
     *
     * @param above the last line of the cell so far
     * @param below the words under it in the same column
     * @param width the width text can take in the column
     */
    static boolean wouldNotFit(List<Word> above, List<Word> below, float width) {
        if (above.isEmpty() || below.isEmpty()) {
            return false;
        }
        Word last = above.get(above.size() - 1);
        Word next = below.get(0);
        if (Math.abs(last.fontSize() - next.fontSize()) > SAME_SIZE || last.bold() != next.bold()) {
            return false;
        }
        float used = last.x1() - above.get(0).x0();
        return used + last.space() + next.width() > width - 0.5f; // half a point for where the width was measured
    }

    /** {@link #wouldNotFit} and the words agree: digit groups of one figure, or {@link #goesOn}. */
    static boolean continues(List<Word> above, List<Word> below, float width) {
        if (!wouldNotFit(above, below, width)) {
            return false;
        }
        String upper = TextLine.join(above);
        String lower = TextLine.join(below);
        if (Character.isDigit(upper.charAt(upper.length() - 1)) && Character.isDigit(lower.charAt(0))) {
            return BrokenFigure.join(List.of(above, below), width) != null;
        }
        return goesOn(upper, lower);
    }

    /** The words allow the lower text to go on with the upper one (the width is judged by the caller). */
    static boolean goesOn(String upper, String lower) {
        char first = lower.charAt(0);
        char end = upper.charAt(upper.length() - 1);
        if (!Character.isUpperCase(first)) {
            return true;
        }
        if (end == ',' || end == '-' || end == '/' || end == '&' || end == '–') {
            return true;
        }
        int space = upper.lastIndexOf(' ');
        return CONNECTORS.contains(upper.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Joins a wrapped line to the text above: with a space, or without one after a hyphen or dash that ends
     * the line when digits or a word's second half follow ("2024-03-" / "13", "18–" / "65 år", "ESF-" /
     * "projekt"); before a conjunction the space stays ("Bjuvs- och Åstorps").
     */
    static String join(String upper, String lower) {
        if (upper.isEmpty()) {
            return lower;
        }
        int n = upper.length();
        char end = upper.charAt(n - 1);
        boolean dash = (end == '-' || end == '–' || end == '−') && (n == 1 || !Character.isWhitespace(upper.charAt(n - 2)));
        char first = lower.charAt(0);
        String firstWord = lower.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        boolean glued = dash && (Character.isDigit(first)
                || Character.isLowerCase(first) && !CONNECTORS.contains(firstWord));
        return glued ? upper + lower : upper + " " + lower;
    }

    private static Set<String> load(String resource) {
        return BundledData.rows(resource).stream().map(row -> row[0].strip()).collect(Collectors.toUnmodifiableSet());
    }
}
