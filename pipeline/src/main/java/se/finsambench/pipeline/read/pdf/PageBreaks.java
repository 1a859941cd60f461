package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table broken by a page break. Lines on one side of the break that keep to the columns and size of the
 * table on the other side belong to it, though alone they do not look like a table: the rest of its last
 * row at the top of the next page, or the first rows of the part on the next page, still without a label,
 * at the bottom of the previous one. They are moved into the table, so that it is read across the break as
 * one table ({@link PdfTable#followedBy}).
 */
final class PageBreaks {
    private static final float ROW_GAP = 1.75f;

    private PageBreaks() {
    }

    /** @param above the blocks of the previous page; @param below the blocks of the next page */
    static void mend(List<Block> above, List<Block> below) {
        if (above.isEmpty() || below.isEmpty()) {
            return;
        }
        if (above.get(above.size() - 1) instanceof PdfTable table) {
            adoptLeftovers(table, below);
        } else if (above.get(above.size() - 1) instanceof Block.Prose prose && below.get(0) instanceof PdfTable table) {
            adoptForerunners(prose, table, above, below);
        }
    }

    /**
     * The last lines of the previous page that keep to the next page's first table, at row distance from each
     * other, are its first rows.
     */
    private static void adoptForerunners(Block.Prose prose, PdfTable table, List<Block> above, List<Block> below) {
        List<TextLine> lines = prose.lines();
        TextLine first = table.source().lines().get(0);
        int from = lines.size();
        while (from > 0 && keepsTo(table.columns(), lines.get(from - 1), first)
                && (from == lines.size() || close(lines.get(from - 1), lines.get(from)))) {
            from--;
        }
        if (from == lines.size() || from > 0 && close(lines.get(from - 1), lines.get(from))) {
            return; // nothing fits, or it would split a paragraph
        }
        List<TextLine> moved = new ArrayList<>(lines.subList(from, lines.size()));
        List<Integer> pages = new ArrayList<>(Collections.nCopies(moved.size(), prose.flow().page()));
        moved.addAll(table.source().lines());
        pages.addAll(table.source().pages());
        above.remove(above.size() - 1);
        if (from > 0) {
            above.add(new Block.Prose(lines.subList(0, from), prose.flow()));
        }
        PdfTable.Source source = new PdfTable.Source(moved, pages, table.source().horizontals(), table.source().rowPerBand());
        below.set(0, TableRows.read(source, table.columns()));
    }

    private static boolean close(TextLine upper, TextLine lower) {
        return lower.baseline() - upper.baseline() <= ROW_GAP * Math.max(upper.fontSize(), lower.fontSize());
    }

    /**
     * Lines at the top of a page, under a table that ended the previous page, that keep to that table's columns
     * and size are the rest of it (the last row's wrapped "kr", further paragraphs of a text cell); with a
     * table that follows them and goes on with the same table, they are read as one table.
     */
    static void adoptLeftovers(PdfTable previous, List<Block> blocks) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Block.Prose prose)) {
            return;
        }
        TextLine last = previous.source().lines().get(previous.source().lines().size() - 1);
        int n = 0;
        while (n < prose.lines().size() && keepsTo(previous.columns(), prose.lines().get(n), last)) {
            n++;
        }
        if (n == 0) {
            return;
        }
        List<TextLine> lines = new ArrayList<>(prose.lines().subList(0, n));
        List<Integer> linePages = new ArrayList<>(Collections.nCopies(n, prose.flow().page()));
        List<Ruling> horizontals = List.of();
        boolean rowPerBand = false;
        blocks.remove(0);
        if (n < prose.lines().size()) {
            blocks.add(0, new Block.Prose(prose.lines().subList(n, prose.lines().size()), prose.flow()));
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof PdfTable next && previous.continuedBy(next)) {
            lines.addAll(next.source().lines());
            linePages.addAll(next.source().pages());
            horizontals = next.source().horizontals();
            rowPerBand = next.source().rowPerBand();
            blocks.remove(0);
        }
        blocks.add(0, TableRows.read(new PdfTable.Source(lines, linePages, horizontals, rowPerBand), previous.columns()));
    }

    static boolean keepsTo(TableColumns columns, TextLine line, TextLine tableLine) {
        if (Math.abs(line.fontSize() - tableLine.fontSize()) > 0.6f) {
            return false;
        }
        for (List<Word> s : line.segments()) {
            float x0 = s.get(0).x0();
            float x1 = s.get(s.size() - 1).x1();
            if (columns.columnsCrossed(x0, x1) != 1) {
                return false;
            }
        }
        return true;
    }

}
