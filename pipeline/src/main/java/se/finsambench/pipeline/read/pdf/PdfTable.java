package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read from a PDF: rows of cell texts (every row as many cells as the table has columns, empty
 * cells included) with the page each row is on, the columns, and the lines it was read from, so that its
 * continuation on the next page can be read on with the same columns.
 *
 * @param rowStarts for each row, the index of its first line in {@code source.lines()}
 */
record PdfTable(TableColumns columns, List<List<String>> rows, List<Integer> pages, List<Integer> rowStarts,
                Source source) implements Block {

    /** What the table was read from: its lines (with their pages), its horizontal rulings, and whether every band between two rulings is one row. */
    record Source(List<TextLine> lines, List<Integer> pages, List<Ruling> horizontals, boolean rowPerBand) {
    }

    /**
     * The next page's table goes on with this one: it does not start with a header of its own (a repeated
     * header is this table's), and it has the same columns, or all its cells keep to this table's columns.
     */
    boolean continuedBy(PdfTable next) {
        if (!sameText(next.rows.get(0), rows.get(0)) && isHeader(next.source.lines().get(0))) {
            return false;
        }
        if (columns.sameAs(next.columns)) {
            return true;
        }
        for (TextLine line : next.source.lines()) {
            for (List<Word> s : line.segments()) {
                if (columns.columnsCrossed(s.get(0).x0(), s.get(s.size() - 1).x1()) > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The same non-empty cells in the same order (a repeated header may lack a column left empty below it). */
    static boolean sameText(List<String> a, List<String> b) {
        return a.stream().filter(c -> !c.isEmpty()).toList().equals(b.stream().filter(c -> !c.isEmpty()).toList());
    }

    /** A header line: no figures (years and dates aside), and set in bold or naming years in two cells or more. */
    static boolean isHeader(TextLine line) {
        int years = 0;
        for (List<Word> segment : line.segments()) {
            String text = TextLine.join(segment);
            if (FIGURE.matcher(text).matches()) {
                return false;
            }
            years += YEAR.matcher(text).find() ? 1 : 0;
        }
        return line.bold() || years >= 2;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");
    /** A cell that is a figure: digits in groups, a sign, a unit; not a year or a date. */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("(?!(19|20)\\d\\d\\b)[-−–+]?\\d{1,3}( \\d{3})*( ?(kr|tkr|%))?");

    /**
     * This table read on through its continuation from the next page, with the same columns, as if the page
     * break were not there (so a cell wrapped over the break is still one cell); a header row repeated at
     * the top of the next page is read once.
     */
    PdfTable followedBy(PdfTable next) {
        int from = next.rows.size() > 1 && sameText(next.rows.get(0), rows.get(0)) ? next.rowStarts.get(1) : 0;
        List<TextLine> nextLines = next.source.lines().subList(from, next.source.lines().size());
        if (nextLines.isEmpty()) {
            return this;
        }
        TextLine last = source.lines().get(source.lines().size() - 1);
        float shift = last.baseline() + 1.2f * last.fontSize() - nextLines.get(0).baseline();
        List<TextLine> lines = new ArrayList<>(source.lines());
        nextLines.forEach(l -> lines.add(l.shifted(shift)));
        List<Integer> pages = new ArrayList<>(source.pages());
        pages.addAll(next.source.pages().subList(from, next.source.pages().size()));
        // A row the page break cut in two ("Utgående eget" / "kapital") is one row: the borders drawn at the
        // break do not separate it.
        boolean cut = TableRows.goesOn(last, nextLines.get(0), columns);
        float lastBaseline = last.baseline();
        float firstBaseline = nextLines.get(0).baseline();
        List<Ruling> horizontals = new ArrayList<>();
        source.horizontals().stream().filter(r -> !cut || r.y() < lastBaseline).forEach(horizontals::add);
        next.source.horizontals().stream().filter(r -> !cut || r.y() > firstBaseline)
                .forEach(r -> horizontals.add(new Ruling(r.x0(), r.y0() + shift, r.x1(), r.y1() + shift)));
        // Columns from text are worked out again over both parts: the part above the break may be too short (a
        // header alone) to show how far its figures reach.
        TableColumns both = columns.ruled() ? columns
                : TableColumns.fromText(lines.stream().filter(l -> l.segments().size() >= 2).toList());
        boolean refines = columns.ranges().stream().allMatch(r -> both.columnsCrossed(r[0], r[1]) == 1);
        boolean rowPerBand = source.horizontals().size() >= 4 ? source.rowPerBand() : next.source.rowPerBand();
        return TableRows.read(new Source(lines, pages, horizontals, rowPerBand), refines ? both : columns);
    }
}
