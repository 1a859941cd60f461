package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers: the first and last lines of a page that repeat on other pages at the same
 * height (digits aside: "Sida 3 av 14", "Årsredovisning 2023"), set apart from the body by a gap, and page
 * numbers on their own at the top or bottom. They are dropped, so they neither split a table that goes on
 * over the page break nor put a page number among the figures.
 */
final class PageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)[-–(]?\\s*(sida|sid\\.|s\\.|page)?\\s*\\d{1,4}\\s*((av|of|/|\\()\\s*\\d{1,4}\\s*\\)?)?\\s*[-–)]?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** How many lines at each end of a page can be furniture. */
    private static final int EDGE_LINES = 2;
    private static final float SAME_HEIGHT = 4f;

    private PageFurniture() {
    }

    static List<PdfPage> remove(List<PdfPage> pages) {
        Map<String, List<float[]>> heights = new HashMap<>(); // masked text -> (page, baseline)
        for (PdfPage page : pages) {
            for (TextLine line : edgeLines(page)) {
                heights.computeIfAbsent(key(line), k -> new ArrayList<>()).add(new float[] {page.number(), line.baseline()});
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 3);
        List<PdfPage> out = new ArrayList<>();
        for (PdfPage page : pages) {
            Set<TextLine> drop = new HashSet<>();
            for (TextLine line : edgeLines(page)) {
                if (pagesAtSameHeight(heights.get(key(line)), line.baseline()) >= needed
                        || PAGE_NUMBER.matcher(line.text().strip()).matches()) {
                    drop.add(line);
                }
            }
            out.add(page.withLines(page.lines().stream().filter(l -> !drop.contains(l)).toList()));
        }
        return out;
    }

    private static long pagesAtSameHeight(List<float[]> seen, float baseline) {
        return seen.stream().filter(s -> Math.abs(s[1] - baseline) <= SAME_HEIGHT).map(s -> s[0]).distinct().count();
    }

    /** Up to two lines at the top and the bottom of the page, each set apart from the rest by a gap. */
    private static List<TextLine> edgeLines(PdfPage page) {
        List<TextLine> lines = page.lines();
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < Math.min(EDGE_LINES, lines.size() - 1); i++) {
            if (apart(lines.get(i), lines.get(i + 1)) && lines.get(i).segments().size() <= 2) {
                out.add(lines.get(i));
            } else {
                break;
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - EDGE_LINES); i--) {
            if (apart(lines.get(i - 1), lines.get(i)) && lines.get(i).segments().size() <= 2) {
                out.add(lines.get(i));
            } else {
                break;
            }
        }
        if (lines.size() == 1) {
            out.add(lines.get(0));
        }
        return out;
    }

    /** Further apart than lines of one paragraph or table. */
    private static boolean apart(TextLine upper, TextLine lower) {
        float size = Math.max(upper.fontSize(), lower.fontSize());
        return lower.baseline() - upper.baseline() > 1.6f * size;
    }

    /** The line's text with digits masked, so "Sida 3 av 14" matches "Sida 4 av 14". */
    private static String key(TextLine line) {
        return DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
