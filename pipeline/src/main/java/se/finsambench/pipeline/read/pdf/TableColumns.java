package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The column boundaries of a table region: between vertical rulings where the table has them, otherwise the
 * x-ranges its cells cover, as Tabula's stream mode finds them — the extents of every line's cells projected
 * onto the x-axis, a column wherever text lies, a boundary wherever (almost) no line has any. Right-aligned
 * figures then share the column of their header however long each figure is. A cell that spans columns in
 * one line of a long table does not merge them: in tables of ten lines or more, one line may cross a gap.
 */
record TableColumns(List<float[]> ranges, boolean ruled) {

    private static final float MERGE_RULINGS = 2f;

    static TableColumns fromRulings(List<Ruling> verticals, float top, float bottom) {
        List<Float> xs = new ArrayList<>();
        for (Ruling r : verticals) {
            // Half the table's height at least: a cell merged across columns (a header) interrupts the rest.
            if (Math.min(r.y1(), bottom) - Math.max(r.y0(), top) >= 0.5f * (bottom - top)) {
                xs.add(r.x());
            }
        }
        xs.sort(Float::compare);
        List<Float> merged = new ArrayList<>();
        for (float x : xs) {
            if (merged.isEmpty() || x - merged.get(merged.size() - 1) > MERGE_RULINGS) {
                merged.add(x);
            }
        }
        List<float[]> ranges = new ArrayList<>();
        for (int i = 1; i < merged.size(); i++) {
            ranges.add(new float[] {merged.get(i - 1), merged.get(i)});
        }
        return new TableColumns(ranges, true);
    }

    /** @param lines the region's lines with at least two cells (single cells do not define columns) */
    static TableColumns fromText(List<TextLine> lines) {
        List<float[]> extents = new ArrayList<>();
        for (TextLine line : lines) {
            for (List<Word> segment : line.segments()) {
                extents.add(new float[] {segment.get(0).x0(), segment.get(segment.size() - 1).x1()});
            }
        }
        int allowed = lines.size() >= 10 ? 1 : 0;
        // Sweep over starts (+1) and ends (-1): a column where more than `allowed` extents overlap.
        List<float[]> events = new ArrayList<>();
        for (float[] e : extents) {
            events.add(new float[] {e[0], 1});
            events.add(new float[] {e[1], -1});
        }
        events.sort((a, b) -> a[0] != b[0] ? Float.compare(a[0], b[0]) : Float.compare(b[1], a[1]));
        List<float[]> ranges = new ArrayList<>();
        int depth = 0;
        float start = 0;
        for (float[] ev : events) {
            int before = depth;
            depth += (int) ev[1];
            if (before <= allowed && depth > allowed) {
                start = ev[0];
            } else if (before > allowed && depth <= allowed) {
                ranges.add(new float[] {start, ev[0]});
            }
        }
        // A cell alone in its column (a header over a column left empty) is a column of its own.
        for (float[] e : extents) {
            if (ranges.stream().noneMatch(r -> Math.min(e[1], r[1]) - Math.max(e[0], r[0]) > 0)) {
                ranges.add(new float[] {e[0], e[1]});
            }
        }
        ranges.sort((a, b) -> Float.compare(a[0], b[0]));
        for (int i = ranges.size() - 1; i > 0; i--) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                ranges.get(i - 1)[1] = Math.max(ranges.get(i - 1)[1], ranges.remove(i)[1]);
            }
        }
        if (ranges.isEmpty() && !extents.isEmpty()) {
            ranges.add(new float[] {extents.stream().map(e -> e[0]).min(Float::compare).get(),
                    extents.stream().map(e -> e[1]).max(Float::compare).get()});
        }
        // A cell that alone reaches further than its column's other cells (a long header over right-aligned
        // figures) widens that column, as long as it stays clear of the neighbours.
        for (float[] e : extents) {
            List<float[]> touched = ranges.stream().filter(r -> Math.min(e[1], r[1]) - Math.max(e[0], r[0]) > 0).toList();
            if (touched.size() == 1) {
                float[] r = touched.get(0);
                int i = ranges.indexOf(r);
                float lower = i > 0 ? ranges.get(i - 1)[1] : -Float.MAX_VALUE;
                float upper = i + 1 < ranges.size() ? ranges.get(i + 1)[0] : Float.MAX_VALUE;
                r[0] = Math.max(Math.min(r[0], e[0]), lower);
                r[1] = Math.min(Math.max(r[1], e[1]), upper);
            }
        }
        return new TableColumns(ranges, false);
    }

    int size() {
        return ranges.size();
    }

    float width(int column) {
        float[] r = ranges.get(column);
        return r[1] - r[0];
    }

    /** The column a run of words belongs to: the one it overlaps most, else the nearest. */
    int columnOf(float x0, float x1) {
        int best = 0;
        float bestScore = -Float.MAX_VALUE;
        for (int i = 0; i < ranges.size(); i++) {
            float[] r = ranges.get(i);
            float overlap = Math.min(x1, r[1]) - Math.max(x0, r[0]);
            if (overlap > bestScore) {
                bestScore = overlap;
                best = i;
            }
        }
        return best;
    }

    /** How many columns a run of words reaches into. */
    int columnsCrossed(float x0, float x1) {
        int n = 0;
        for (float[] r : ranges) {
            if (Math.min(x1, r[1]) - Math.max(x0, r[0]) > 0.5f) {
                n++;
            }
        }
        return n;
    }

    /**
     * The same columns as another table's (a table going on over a page break): as many, and each overlaps
     * the other's column in its place and no other.
     */
    boolean sameAs(TableColumns other) {
        if (other.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            float[] a = ranges.get(i);
            if (other.columnsCrossed(a[0], a[1]) != 1 || columnsCrossed(other.ranges.get(i)[0], other.ranges.get(i)[1]) != 1
                    || other.columnOf(a[0], a[1]) != i) {
                return false;
            }
        }
        return true;
    }
}
