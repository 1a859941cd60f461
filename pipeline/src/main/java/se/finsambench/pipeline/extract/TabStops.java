package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tabs an editor or converter turned into a fixed number of spaces each, turned back. When every gap in a text
 * (a run of two or more spaces before a word) is a whole multiple of one width of at least {@value #MIN_WIDTH}
 * spaces (or one space more, where a cell's text ended in a space), and some gap spans two widths, each width
 * stands for one tab: "Kassa och bank" + 8 spaces + "78 137" is a row with an empty cell, which a gap read as
 * one separator would hide. Text set in columns by position (pdftotext -layout) has gaps of every width and is
 * left alone, as is text with too few gaps to tell, or whose empty cells went with their tabs (no wider gap).
 */
final class TabStops {

    /**
     * Tabs are expanded to four or eight spaces; narrower widths are also what cells joined by single spaces leave
     * where some were empty ("Summa   634,9": a label, an empty note cell, a figure), or a full stop typed with two.
     */
    private static final int MIN_WIDTH = 4;
    /** Lines with gaps needed before the gaps' widths say anything. */
    private static final int MIN_LINES = 8;
    /** Gaps that are whole multiples, of all: the others may be one space longer (a cell's text ending in a space). */
    private static final double EXACT = 0.8;
    private static final Pattern GAP = Pattern.compile(" {2,}(?=\\S)");
    /** A gap, or the spaces that empty last cells left at the end of a line that was not trimmed. */
    private static final Pattern GAP_OR_END = Pattern.compile(" {2,}(?=\\S|$)");

    private TabStops() {
    }

    /**
     * The lines with each gap of k widths as k tabs, or the lines themselves when the text has no such width. Where
     * the line ends were trimmed, so were a row's empty last cells: every row of a run of lines gets as many cells
     * as the run's widest, since only cells at the end can have gone (an empty cell before a figure left its gap).
     */
    static List<String> restore(List<String> lines) {
        int width = width(lines);
        if (width < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.indexOf('\t') >= 0 || !line.contains("  ") || line.isBlank()) {
                out.add(line);
                continue;
            }
            Matcher m = GAP_OR_END.matcher(line);
            StringBuilder b = new StringBuilder();
            int at = 0;
            while (m.find()) {
                b.append(line, at, m.start()).append("\t".repeat((m.end() - m.start()) / width));
                at = m.end();
            }
            out.add(b.append(line.substring(at)).toString());
        }
        padRuns(out);
        return out;
    }

    /** Every tab row of a run of non-blank lines padded with empty cells to the run's widest row. */
    private static void padRuns(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int cells = 0;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                cells = Math.max(cells, lines.get(end).split("\t", -1).length);
                end++;
            }
            for (int k = i; k < end; k++) {
                String l = lines.get(k);
                int have = l.split("\t", -1).length;
                if (l.indexOf('\t') >= 0 && have < cells) {
                    lines.set(k, l + "\t".repeat(cells - have));
                }
            }
            i = end + 1;
        }
    }

    /** The one width every gap is a multiple of, where some gap shows an empty cell kept, or -1. */
    private static int width(List<String> lines) {
        List<Integer> gaps = new ArrayList<>();
        int gapped = 0;
        for (String line : lines) {
            if (line.indexOf('\t') >= 0 || !line.contains("  ")) {
                continue;
            }
            Matcher m = GAP.matcher(line);
            boolean any = false;
            while (m.find()) {
                gaps.add(m.end() - m.start());
                any = true;
            }
            gapped += any ? 1 : 0;
        }
        if (gapped < MIN_LINES) {
            return -1;
        }
        int width = gaps.stream().mapToInt(Integer::intValue).min().orElse(0);
        if (width < MIN_WIDTH) {
            return -1;
        }
        int exact = 0;
        boolean emptyCell = false;
        for (int g : gaps) {
            if (g % width > 1) {
                return -1;
            }
            exact += g % width == 0 ? 1 : 0;
            emptyCell |= g >= 2 * width;
        }
        // Without a gap of two widths the empty cells were squeezed out with their tabs (or there are none):
        // the cells are not known to stand in their columns, and are read as gaps like any others.
        return emptyCell && exact >= EXACT * gaps.size() ? width : -1;
    }
}
