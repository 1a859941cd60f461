package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The value columns of a space-aligned table, found where the cells of different rows end: figures are set
 * flush right, so a column is the character position its cells end at. A proportional font's figures, put on a
 * character grid by {@code pdftotext -layout}, end up to {@value #JITTER} characters off that position; two cells
 * of one row never share a column. A position is a column when cells of two rows end there, or a header caption
 * and one cell do: a cell ending where nothing else ends says nothing about its column.
 */
final class AlignedColumns {

    /** How far a cell may end from its column's edge. */
    static final int JITTER = 2;
    /** The right edges of one column lie within this span. */
    private static final int SPAN = 3;

    /** A cell's right edge (exclusive end) and the row it is in. */
    record End(int end, int row) {
    }

    private final List<int[]> edges; // per column {lowest end, highest end}

    private AlignedColumns(List<int[]> edges) {
        this.edges = edges;
    }

    /**
     * The columns the ends fall into, left to right; a group of ends that holds two of one row splits where the
     * second begins.
     *
     * @param captionEnds the right edges of header captions, which confirm a column that only one row fills
     */
    static AlignedColumns of(List<End> ends, List<Integer> captionEnds) {
        List<End> sorted = new ArrayList<>(ends);
        sorted.sort(Comparator.comparingInt(End::end));
        List<int[]> edges = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int lo = sorted.get(i).end();
            int hi = lo;
            Set<Integer> rows = new HashSet<>();
            while (i < sorted.size() && sorted.get(i).end() - lo <= SPAN && rows.add(sorted.get(i).row())) {
                hi = sorted.get(i).end();
                i++;
            }
            int low = lo;
            int high = hi;
            if (rows.size() >= 2 || captionEnds.stream().anyMatch(c -> c >= low - JITTER && c <= high + JITTER)) {
                edges.add(new int[] {lo, hi});
            }
        }
        return new AlignedColumns(edges);
    }

    int count() {
        return edges.size();
    }

    /** The column a cell ending at {@code end} stands in, or -1 when it ends near no column's edge. */
    int at(int end) {
        for (int j = 0; j < edges.size(); j++) {
            if (end >= edges.get(j)[0] - JITTER && end <= edges.get(j)[1] + JITTER) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The column whose edge is nearest to {@code end} (the last of figures run together, whose end drifts as the
     * grid squeezes them), or -1 when two columns are about as near.
     */
    int nearest(int end) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (int j = 0; j < edges.size(); j++) {
            int d = end < edges.get(j)[0] ? edges.get(j)[0] - end : Math.max(0, end - edges.get(j)[1]);
            if (d < bestDistance) {
                second = bestDistance;
                bestDistance = d;
                best = j;
            } else if (d < second) {
                second = d;
            }
        }
        return second - bestDistance > JITTER ? best : -1;
    }

    /** The first column a cell starting at {@code start} can reach: the first whose edge is not left of it. */
    int firstFrom(int start) {
        for (int j = 0; j < edges.size(); j++) {
            if (edges.get(j)[1] + JITTER > start) {
                return j;
            }
        }
        return edges.size();
    }

    /** The first column whose edge a text ending at {@code end} does not pass (the last column for any beyond). */
    int zone(int end) {
        for (int j = 0; j < edges.size(); j++) {
            if (end <= edges.get(j)[1] + JITTER) {
                return j;
            }
        }
        return edges.size() - 1;
    }

    /** A column's right edge (the highest end seen in it). */
    int edge(int column) {
        return edges.get(column)[1];
    }
}
