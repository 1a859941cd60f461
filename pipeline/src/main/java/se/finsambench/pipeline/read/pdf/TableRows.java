package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table region. Where horizontal rulings separate every row (a bordered table), everything
 * between two rulings is one row. Otherwise a line goes on with the row above when each of its cells
 * continues the cell above it ({@link CellWrap}: wrapped label, header or digit groups); any other line
 * starts a row. The cells' lines are joined, so "Verksamhetens /
 * intäkter" and "7 509 / 712" come out as one cell each.
 */
final class TableRows {

    private TableRows() {
    }

    /** A row being built: for every column the lines of words read so far, and the last line read. */
    private static final class Draft {
        final List<List<List<Word>>> cells = new ArrayList<>();
        final int page;
        final int start;
        TextLine last;

        Draft(int columns, int page, int start) {
            for (int i = 0; i < columns; i++) {
                cells.add(new ArrayList<>());
            }
            this.page = page;
            this.start = start;
        }
    }

    static PdfTable read(PdfTable.Source source, TableColumns columns) {
        List<TextLine> lines = source.lines();
        List<Ruling> horizontals = source.horizontals();
        boolean rowPerBand = source.rowPerBand();
        List<List<List<Word>>> parts = lines.stream().map(l -> split(l, columns)).toList();
        float[] widths = widths(columns, parts);
        List<Draft> drafts = new ArrayList<>();
        Draft row = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean ruled = row != null && rulingBetween(horizontals, row.last, line);
            boolean sameRow = row != null && !ruled
                    && (rowPerBand || continues(row, parts.get(i), line, widths, i == lines.size() - 1));
            if (!sameRow) {
                row = new Draft(columns.size(), source.pages().get(i), i);
                drafts.add(row);
            }
            for (int c = 0; c < columns.size(); c++) {
                if (!parts.get(i).get(c).isEmpty()) {
                    row.cells.get(c).add(parts.get(i).get(c));
                }
            }
            row.last = line;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (Draft d : drafts) {
            starts.add(d.start);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cellText(d.cells.get(c), widths[c]));
            }
            rows.add(cells);
            pages.add(d.page);
        }
        return new PdfTable(columns, rows, pages, starts, source);
    }

    /** The line below goes on with the row whose last line is above (a row broken over a page break). */
    static boolean goesOn(TextLine above, TextLine below, TableColumns columns) {
        List<List<List<Word>>> parts = List.of(split(above, columns), split(below, columns));
        Draft row = new Draft(columns.size(), 0, 0);
        for (int c = 0; c < columns.size(); c++) {
            if (!parts.get(0).get(c).isEmpty()) {
                row.cells.get(c).add(parts.get(0).get(c));
            }
        }
        row.last = above;
        TextLine close = below.shifted(above.baseline() + 1.2f * above.fontSize() - below.baseline());
        return continues(row, split(close, columns), close, widths(columns, parts), false);
    }

    /** The line's words by column; a run of words crossing a column boundary stays whole in its first column. */
    static List<List<Word>> split(TextLine line, TableColumns columns) {
        List<List<Word>> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (List<Word> segment : line.segments()) {
            float x0 = segment.get(0).x0();
            float x1 = segment.get(segment.size() - 1).x1();
            boolean wordsFit = segment.stream().allMatch(w -> columns.columnsCrossed(w.x0(), w.x1()) <= 1);
            if (columns.columnsCrossed(x0, x1) <= 1 || !wordsFit) {
                out.get(columns.columnOf(x0, x0 + Math.min(x1 - x0, 1f))).addAll(segment);
            } else {
                segment.forEach(w -> out.get(columns.columnOf(w.x0(), w.x1())).add(w));
            }
        }
        return out;
    }

    /**
     * The line goes on with the row: every cell of it lies under a cell of the row's last line and would not
     * have fitted there, and the words agree ({@link CellWrap#goesOn}) — in every cell, or in one that surely
     * goes on (a lowercase word, a digit group no figure starts with) while the others only show the wrap (a name:
     * "Staten gm" / "Försäkringskassan" beside "3 439" / "000").
     * The last line of a table, a label alone, goes on whatever its first letter (nothing follows it that it
     * could be the caption of). Or the line holds further paragraphs of text cells ({@link #moreParagraphs}).
     */
    private static boolean continues(Draft row, List<List<Word>> parts, TextLine line, float[] widths, boolean last) {
        float size = Math.max(row.last.fontSize(), line.fontSize());
        if (line.baseline() - row.last.baseline() > 1.45f * size) {
            return false;
        }
        if (moreParagraphs(row, parts)) {
            return true;
        }
        boolean labelOnly = parts.stream().skip(1).allMatch(List::isEmpty);
        boolean allAgree = true;
        int confident = 0;
        int cells = 0;
        for (int c = 0; c < parts.size(); c++) {
            List<Word> below = parts.get(c);
            if (below.isEmpty()) {
                continue;
            }
            List<List<Word>> cell = row.cells.get(c);
            if (cell.isEmpty()) {
                return false; // text under an empty cell is the next row's
            }
            List<Word> above = cell.get(cell.size() - 1);
            if (!row.last.words().contains(above.get(0)) || !CellWrap.wouldNotFit(above, below, widths[c])) {
                return false;
            }
            String upper = TextLine.join(above);
            String lower = TextLine.join(below);
            if (Character.isDigit(upper.charAt(upper.length() - 1)) && Character.isDigit(lower.charAt(0))) {
                if (BrokenFigure.join(List.of(above, below), widths[c]) == null) {
                    return false;
                }
                // Only a piece that cannot be a figure of its own ("3 439" / "000") is sure; "-620 592" / "108 121"
                // may as well be two rows.
                confident += lower.length() > 1 && lower.charAt(0) == '0' && Character.isDigit(lower.charAt(1)) ? 1 : 0;
            } else if (CellWrap.goesOn(upper, lower)) {
                confident += Character.isLowerCase(lower.charAt(0)) ? 1 : 0;
            } else {
                allAgree &= last && labelOnly;
            }
            cells++;
        }
        return cells > 0 && (allAgree || confident > 0);
    }

    /**
     * Further paragraphs of text cells (a profile's "Resultat", a list of goals): the label column is empty and
     * every cell of the line lies under a cell of running text (four words or more) and holds words.
     */
    private static boolean moreParagraphs(Draft row, List<List<Word>> parts) {
        if (!parts.get(0).isEmpty()) {
            return false;
        }
        int cells = 0;
        for (int c = 1; c < parts.size(); c++) {
            List<Word> below = parts.get(c);
            if (below.isEmpty()) {
                continue;
            }
            long words = row.cells.get(c).stream().mapToLong(List::size).sum();
            if (words < 4 || below.stream().noneMatch(w -> w.text().codePoints().anyMatch(Character::isLetter))) {
                return false;
            }
            cells++;
        }
        return cells > 0;
    }

    /** The width text can take in each column: the column less the smallest margin any of its cells keeps. */
    private static float[] widths(TableColumns columns, List<List<List<Word>>> parts) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            float[] range = columns.ranges().get(c);
            float margin = Float.MAX_VALUE;
            for (List<List<Word>> line : parts) {
                List<Word> words = line.get(c);
                if (!words.isEmpty()) {
                    margin = Math.min(margin, Math.min(words.get(0).x0() - range[0], range[1] - words.get(words.size() - 1).x1()));
                }
            }
            margin = margin == Float.MAX_VALUE ? 0 : Math.max(0, Math.min(margin, 10));
            widths[c] = range[1] - range[0] - 2 * margin;
        }
        return widths;
    }

    private static boolean rulingBetween(List<Ruling> horizontals, TextLine upper, TextLine lower) {
        for (Ruling r : horizontals) {
            if (r.y() > upper.baseline() + 1 && r.y() < lower.baseline() - lower.fontSize() * 0.6f
                    && r.x0() < Math.max(upper.x1(), lower.x1()) && r.x1() > Math.min(upper.x0(), lower.x0())) {
                return true;
            }
        }
        return false;
    }

    private static String cellText(List<List<Word>> lines, float width) {
        String figure = BrokenFigure.join(lines, width);
        if (figure != null) {
            return figure;
        }
        String text = "";
        for (List<Word> words : lines) {
            String lower = TextLine.join(words);
            // Between letters the break may have cut a word: BrokenWords decides, by the words the document uses.
            boolean letters = !text.isEmpty() && Character.isLetter(text.charAt(text.length() - 1))
                    && Character.isLetter(lower.charAt(0));
            text = letters ? text + BrokenWords.MARK + lower : CellWrap.join(text, lower);
        }
        return text;
    }
}
