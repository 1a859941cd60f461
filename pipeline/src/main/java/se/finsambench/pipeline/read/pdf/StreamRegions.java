package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables without borders (stream mode): a run of lines with cells — gaps wider than word spaces — whose cells
 * keep to the same columns, closely spaced, together with the one-cell lines among them that stay inside a
 * column (a caption row "Tillgångar", a wrapped label). A line of prose crosses the columns' gaps and ends the
 * table. One-cell lines just above the first row join the table when they sit at row distance and inside a
 * column (a header over the figures only, the title row of an insats profile).
 */
final class StreamRegions {
    /** Lines further apart than this many font sizes are not rows of one table. */
    private static final float ROW_GAP = 1.75f;
    private static final int MAX_LEADING = 12;

    private StreamRegions() {
    }

    /** @return [start, end) line index ranges of the tables in these lines */
    static List<int[]> find(List<TextLine> lines, Flow flow) {
        List<int[]> regions = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!hasCells(lines.get(i), flow)) {
                i++;
                continue;
            }
            int start = i;
            List<TextLine> rows = new ArrayList<>(List.of(lines.get(i)));
            int end = i + 1;
            while (end < lines.size() && close(lines.get(end - 1), lines.get(end))) {
                TextLine next = lines.get(end);
                TableColumns columns = TableColumns.fromText(rows);
                if (hasCells(next, flow) ? fitsColumns(next, columns) : insideOneColumn(next, columns)) {
                    if (hasCells(next, flow)) {
                        rows.add(next);
                    }
                    end++;
                } else {
                    break;
                }
            }
            TableColumns columns = TableColumns.fromText(rows);
            while (end - 1 > start && !hasCells(lines.get(end - 1), flow) && !wrapsIntoLast(lines, end - 1, columns)) {
                end--;
            }
            int regionStart = regions.isEmpty() ? 0 : regions.get(regions.size() - 1)[1];
            for (int k = 0; k < MAX_LEADING && start > regionStart
                    && leadingRow(lines.get(start - 1), lines.get(start), columns, flow); k++) {
                start--;
            }
            regions.add(new int[] {start, end});
            i = end;
        }
        return regions;
    }

    /** Two or more cells, and not a justified line of prose whose spaces were all stretched alike. */
    static boolean hasCells(TextLine line, Flow flow) {
        List<List<Word>> segments = line.segments();
        if (segments.size() < 2) {
            return false;
        }
        List<Word> w = line.words();
        long letters = w.stream().filter(x -> x.text().codePoints().anyMatch(Character::isLetter)).count();
        if (w.size() >= 6 && 10 * letters >= 7 * w.size() && line.x1() >= flow.right() - 2 * line.fontSize()) {
            float min = Float.MAX_VALUE;
            float max = 0;
            for (int k = 1; k < w.size(); k++) {
                float gap = w.get(k).x0() - w.get(k - 1).x1();
                min = Math.min(min, gap);
                max = Math.max(max, gap);
            }
            return max > 2 * min;
        }
        return true;
    }

    private static boolean close(TextLine upper, TextLine lower) {
        return lower.baseline() - upper.baseline() <= ROW_GAP * Math.max(upper.fontSize(), lower.fontSize());
    }

    private static boolean fitsColumns(TextLine line, TableColumns columns) {
        for (List<Word> s : line.segments()) {
            if (columns.columnsCrossed(s.get(0).x0(), s.get(s.size() - 1).x1()) > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reaches into one column only and stays clear of its neighbours (it may be longer than the column's cells
     * so far, or start further left: a figure wider than those above it), or lies left of all columns (a label
     * column the rows so far, a header over the figures, did not have).
     */
    private static boolean insideOneColumn(TextLine line, TableColumns columns) {
        List<float[]> ranges = columns.ranges();
        int crossed = columns.columnsCrossed(line.x0(), line.x1());
        if (crossed == 0) {
            return line.x1() < ranges.get(0)[0];
        }
        if (crossed > 1) {
            return false;
        }
        int column = columns.columnOf(line.x0(), line.x1());
        float lower = column > 0 ? ranges.get(column - 1)[1] : -Float.MAX_VALUE;
        float upper = column + 1 < ranges.size() ? ranges.get(column + 1)[0] : Float.MAX_VALUE;
        return line.x0() > lower && line.x1() < upper;
    }

    /** A one-cell line after the last row that continues a cell of it (a label wrapped in the last row). */
    private static boolean wrapsIntoLast(List<TextLine> lines, int index, TableColumns columns) {
        TextLine line = lines.get(index);
        TextLine above = lines.get(index - 1);
        int column = columns.columnOf(line.x0(), line.x1());
        List<Word> upper = TableRows.split(above, columns).get(column);
        return CellWrap.continues(upper, line.words(), columns.width(column));
    }

    /** A one-cell line just above the table, at row distance, of the table's size, inside one of its columns. */
    private static boolean leadingRow(TextLine line, TextLine below, TableColumns columns, Flow flow) {
        return !hasCells(line, flow) && close(line, below) && columns.size() >= 2
                && Math.abs(line.fontSize() - below.fontSize()) <= 0.6f && insideOneColumn(line, columns);
    }
}
