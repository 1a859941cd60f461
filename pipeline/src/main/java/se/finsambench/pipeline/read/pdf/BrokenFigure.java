package se.finsambench.pipeline.read.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure that a column too narrow for it broke over lines, put back together. Between two lines the
 * break fell either at a space between digit groups ("7 509" / "712") or, where not even one group fitted,
 * inside a group ("-1 07" / "1"); the joining chosen is the one that gives valid Swedish digit grouping
 * (a first group of one to three digits, then groups of three) with the fewest breaks inside a group, and a
 * break inside a group is only possible where the line above filled the column. A sign alone on a line
 * (broken off like a hyphen, "-" / "306") always belongs to the digits under it.
 */
final class BrokenFigure {
    private static final String UNIT = "(?: ?(?:kr|tkr|mkr|%)\\.?)?(?: ?\\*)?";
    private static final Pattern FRAGMENT = Pattern.compile("[-−–+]?\\d{1,3}(?: \\d{1,3})*" + UNIT + "|[-−–+]");
    private static final Pattern GROUPED = Pattern.compile("[-−–+]?\\d{1,3}(?: \\d{3})*" + UNIT);
    private static final int MAX_LINES = 8;

    private BrokenFigure() {
    }

    /** The figure the lines make, or null when they are not the pieces of one figure. */
    static String join(List<List<Word>> lines, float width) {
        int n = lines.size();
        if (n < 2 || n > MAX_LINES) {
            return null;
        }
        String[] parts = new String[n];
        boolean[] canGlue = new boolean[n];
        boolean[] mustGlue = new boolean[n];
        for (int i = 0; i < n; i++) {
            parts[i] = TextLine.join(lines.get(i));
            boolean unitBefore = i > 0 && !Character.isDigit(parts[i - 1].charAt(parts[i - 1].length() - 1))
                    && parts[i - 1].length() > 1;
            if (!FRAGMENT.matcher(parts[i]).matches() || i > 0 && !Character.isDigit(parts[i].charAt(0)) || unitBefore) {
                return null;
            }
            mustGlue[i] = i > 0 && !Character.isDigit(parts[i - 1].charAt(parts[i - 1].length() - 1));
            canGlue[i] = mustGlue[i] || i > 0 && fills(lines.get(i - 1), width, lines.get(i).get(0));
        }
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            StringBuilder sb = new StringBuilder(parts[0]);
            boolean possible = true;
            for (int i = 1; i < n; i++) {
                boolean glue = (mask & (1 << (i - 1))) != 0;
                possible &= glue ? canGlue[i] : !mustGlue[i];
                sb.append(glue ? "" : " ").append(parts[i]);
            }
            int glued = Integer.bitCount(mask);
            if (possible && glued < fewest && GROUPED.matcher(sb).matches()) {
                best = sb.toString();
                fewest = glued;
            }
        }
        return best;
    }

    /** The words leave less room in the column than one character of the next word would need. */
    static boolean fills(List<Word> words, float width, Word next) {
        float used = words.get(words.size() - 1).x1() - words.get(0).x0();
        float character = next.width() / Math.max(1, next.text().length());
        return width - used < character;
    }
}
