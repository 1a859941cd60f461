package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables drawn with borders (lattice mode): horizontal rulings that overlap along x and follow each other
 * closely, or are joined by a vertical ruling, enclose one table; the lines between its top and bottom
 * ruling are its rows. Rulings drawn in pieces (one per cell) are first joined into lines, as pdfplumber's
 * edge merging does.
 */
final class RuledRegions {
    private static final float JOIN = 3f;
    private static final float ROW_HEIGHT_IN_LINES = 6f;

    private RuledRegions() {
    }

    /** One bordered table: its extent, its rulings, and the indexes of its lines in the flow. */
    record Region(float top, float bottom, float x0, float x1, List<Ruling> horizontals, List<Ruling> verticals,
                  List<Integer> lines) {
    }

    static List<Region> find(List<TextLine> lines, List<Ruling> rulings) {
        List<Ruling> horizontals = merge(rulings.stream().filter(Ruling::horizontal).toList(), true);
        List<Ruling> verticals = merge(rulings.stream().filter(Ruling::vertical).toList(), false);
        float lineHeight = (float) lines.stream().mapToDouble(TextLine::fontSize).average().orElse(10) * 1.2f;
        List<Region> regions = new ArrayList<>();
        List<Ruling> group = new ArrayList<>();
        for (Ruling h : horizontals.stream().sorted(Comparator.comparingDouble(Ruling::y)).toList()) {
            if (!group.isEmpty() && !sameTable(group, h, verticals, lineHeight, lines)) {
                region(group, verticals, lines).ifPresent(regions::add);
                group = new ArrayList<>();
            }
            group.add(h);
        }
        region(group, verticals, lines).ifPresent(regions::add);
        return regions;
    }

    /**
     * The next ruling is the same table's: they overlap along x, and a vertical ruling joins them — or, in a
     * table without vertical rulings, they are close and the text between them is of the table's size (a
     * heading between two tables is not).
     */
    private static boolean sameTable(List<Ruling> group, Ruling next, List<Ruling> verticals, float lineHeight,
                                     List<TextLine> lines) {
        Ruling last = group.get(group.size() - 1);
        float overlap = Math.min(last.x1(), next.x1()) - Math.max(last.x0(), next.x0());
        if (overlap < 0.5f * Math.min(last.length(), next.length())) {
            return false;
        }
        boolean joined = verticals.stream().anyMatch(v -> v.y0() <= last.y() + JOIN && v.y1() >= next.y() - JOIN
                && v.x() >= Math.max(last.x0(), next.x0()) - JOIN && v.x() <= Math.min(last.x1(), next.x1()) + JOIN);
        if (joined) {
            return true;
        }
        boolean gridded = verticals.stream().anyMatch(v -> Math.abs(v.y0() - next.y()) <= JOIN || Math.abs(v.y1() - last.y()) <= JOIN);
        if (gridded || next.y() - last.y() > ROW_HEIGHT_IN_LINES * lineHeight) {
            return false;
        }
        List<Float> sizes = lines.stream().filter(l -> l.baseline() > group.get(0).y() && l.baseline() < last.y())
                .map(TextLine::fontSize).sorted().toList();
        float size = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
        return lines.stream().filter(l -> l.baseline() > last.y() && l.baseline() < next.y())
                .allMatch(l -> size == 0 || Math.abs(l.fontSize() - size) <= 1f);
    }

    private static java.util.Optional<Region> region(List<Ruling> group, List<Ruling> verticals, List<TextLine> lines) {
        if (group.size() < 2) {
            return java.util.Optional.empty();
        }
        float top = group.get(0).y();
        float bottom = group.get(group.size() - 1).y();
        float x0 = group.stream().map(Ruling::x0).min(Float::compare).orElseThrow();
        float x1 = group.stream().map(Ruling::x1).max(Float::compare).orElseThrow();
        List<Integer> inside = new ArrayList<>();
        boolean cells = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.baseline() > top && l.baseline() - 0.7f * l.fontSize() < bottom && l.x0() >= x0 - JOIN && l.x1() <= x1 + JOIN) {
                inside.add(i);
                cells |= l.segments().size() >= 2;
            }
        }
        List<Ruling> within = verticals.stream().filter(v -> v.x() >= x0 - JOIN && v.x() <= x1 + JOIN
                && v.y1() > top && v.y0() < bottom).toList();
        if (inside.isEmpty() || !(cells || within.size() >= 3)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Region(top, bottom, x0, x1, group, within, inside));
    }

    /** Collinear pieces that touch or nearly touch become one ruling (in any order they were drawn). */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble((Ruling r) -> horizontal ? r.x0() : r.y0()));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : sorted) {
            int joined = -1;
            for (int i = 0; i < out.size() && joined < 0; i++) {
                Ruling m = out.get(i);
                boolean collinear = Math.abs(horizontal ? m.y() - r.y() : m.x() - r.x()) <= 1f;
                boolean touching = horizontal ? r.x0() <= m.x1() + JOIN && r.x1() >= m.x0() - JOIN
                        : r.y0() <= m.y1() + JOIN && r.y1() >= m.y0() - JOIN;
                if (collinear && touching) {
                    joined = i;
                }
            }
            if (joined < 0) {
                out.add(r);
            } else {
                Ruling m = out.get(joined);
                out.set(joined, horizontal
                        ? new Ruling(Math.min(m.x0(), r.x0()), m.y(), Math.max(m.x1(), r.x1()), m.y())
                        : new Ruling(m.x(), Math.min(m.y0(), r.y0()), m.x(), Math.max(m.y1(), r.y1())));
            }
        }
        return out;
    }
}
