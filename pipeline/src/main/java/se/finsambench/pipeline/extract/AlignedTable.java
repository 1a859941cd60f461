package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table whose columns are aligned by character position ({@code pdftotext -layout}, text padded into columns),
 * read like a PDF by its x positions: the value columns are where the rows' cells end ({@link AlignedColumns}),
 * the label is what starts at the left margin, and each cell goes to the column it ends in, so a row with an
 * empty cell still has its figures in the right columns. What the character grid does to a table is undone
 * first: header captions wrapped over several lines are joined per column ("2023-12-" over "31"), a label
 * wrapped onto the next line ("Summa eget kapital," / "avsättningar och skulder") and a figure wrapped in a
 * narrow column ("-3 676" / "590") are joined to their row, and figures of neighbouring columns squeezed
 * together ("9 039 938 12 639 324") are split by their digit groups into the columns their cell spans.
 *
 * <p>A cell that ends near no column, or a run that cannot be split one way only, leaves its row unplaced.
 * A block is read this way only when its rows line up: when they do not (cells separated by a fixed number
 * of spaces, whatever their width), positions mean nothing and {@link #read} declines.
 */
final class AlignedTable {

    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern FIGURES = Pattern.compile(
            "(?:[-−–]|[-−–]?\\d+(?:,\\d+)?(?: ?%)?|[1-9]\\d?,)(?: (?:[-−–]|[-−–]?\\d+(?:,\\d+)?(?: ?%)?|[1-9]\\d?,))*");
    /** Years, dates and a date broken at a dash ("2023-12-"), which a caption may hold. */
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?:-\\d{2}(?:-\\d{2})?)?-?(?!\\d)");
    private static final Pattern NOTE_CAPTION = Pattern.compile("(?iu)not|nr\\.?");
    /** Rows placed by position, of all rows with values, for a block with a header to count as aligned (without: all). */
    private static final double LINED_UP = 0.75;

    /** A run of text between gaps of two or more spaces: its characters [start, end). */
    record Cell(int start, int end, String text) {
    }

    /** A line's label (the cell at the left margin holding a letter, or "") and its other cells. */
    record Line(String label, List<Cell> values) {
        boolean blank() {
            return label.isEmpty() && values.isEmpty();
        }
    }

    /**
     * A block read by position: its number of value columns, its header's captions per column (empty when it has
     * no header) and the number of header lines.
     */
    record Read(int columns, List<String> captions, int headerLines) {
    }

    private AlignedTable() {
    }

    /**
     * Rewrites the lines [from, to) as tab-separated rows in {@code out} (one output line per input line; lines
     * joined into the one above become empty and are marked {@code taken}), or returns null and leaves both
     * alone when the block's rows do not line up.
     */
    static Read read(List<String> lines, int from, int to, List<String> out, boolean[] taken) {
        List<Line> parsed = parse(lines.subList(from, to));
        int headerEnd = headerEnd(parsed);
        Body body = Body.of(parsed, headerEnd);
        List<Integer> captionEnds = new ArrayList<>();
        for (int i = 0; i < headerEnd; i++) {
            parsed.get(i).values().forEach(c -> captionEnds.add(c.end()));
        }
        AlignedColumns columns = AlignedColumns.of(body.ends(), captionEnds);
        if (columns.count() == 0) {
            return null;
        }
        List<List<String>> header = AlignedHeader.captions(parsed.subList(0, headerEnd), columns);
        List<String> merged = header.isEmpty() ? List.of() : AlignedHeader.merged(header);
        if (merged.stream().skip(1).anyMatch(c -> c.isEmpty() || periods(c) > 1)) {
            // A column under no caption, or under captions of two years ("Budget 2021" over "2023"): the cells
            // do not line up under the header.
            return null;
        }
        HeaderColumns slots = header.isEmpty() ? HeaderColumns.unnamed(columns.count())
                : HeaderColumns.of(merged);
        List<List<String>> placed = new ArrayList<>();
        int rows = 0;
        int lined = 0;
        for (int r = 0; r < body.rows().size(); r++) {
            List<Cell> cells = body.rows().get(r);
            if (body.broken().get(r)) {
                placed.add(null);
                continue;
            }
            List<String> p = cells.isEmpty() ? List.of() : place(cells, columns, slots);
            rows += cells.isEmpty() ? 0 : 1;
            // A row shows alignment only when a gap parts its cells: a label and a figure, or two figures.
            boolean gapped = cells.size() + (body.labels().get(r).isEmpty() ? 0 : 1) >= 2;
            lined += p != null && gapped ? 1 : 0;
            placed.add(p);
        }
        if (lined < 2 || lined < (header.isEmpty() ? 1.0 : LINED_UP) * rows) {
            return null;
        }
        for (int i = 0; i < headerEnd; i++) {
            List<String> h = header.get(i);
            out.set(from + i, h == null ? "" : parsed.get(i).label() + "\t" + String.join("\t", h));
            taken[from + i] = h == null;
        }
        for (int r = 0; r < body.rows().size(); r++) {
            int at = from + body.lineOf(r);
            List<String> p = placed.get(r);
            String label = body.labels().get(r);
            out.set(at, body.broken().get(r) ? label + "\t" + PlainTextTables.UNPLACED
                    : p == null ? label + "\t" + fallback(body.rows().get(r), columns.count())
                    : p.isEmpty() ? label + "\t" : label + "\t" + String.join("\t", p));
        }
        int lastText = parsed.size() - 1;
        while (lastText > 0 && parsed.get(lastText).blank()) {
            lastText--;
        }
        for (int i = headerEnd; i < parsed.size(); i++) {
            if (body.joined(i) || parsed.get(i).blank()) {
                out.set(from + i, "");
                taken[from + i] = i < lastText; // blank lines after the last row end the table
            }
        }
        return new Read(columns.count(), merged.isEmpty() ? merged : merged.subList(1, merged.size()), headerEnd);
    }

    /** How many different years a caption names ("2023-01-01 – 2023-12-31" names one). */
    private static int periods(String caption) {
        Matcher m = PERIOD.matcher(caption);
        java.util.Set<String> years = new java.util.HashSet<>();
        while (m.find()) {
            years.add(m.group().substring(0, 4));
        }
        return years.size();
    }

    /** A row whose cells could not be placed by position: as many cells as columns go in order, else nothing. */
    private static String fallback(List<Cell> cells, int columns) {
        if (cells.size() != columns) {
            return PlainTextTables.UNPLACED;
        }
        return String.join("\t", cells.stream().map(Cell::text).toList());
    }

    /**
     * The row's cells in their columns, or null: each cell ends in a column and starts right of the column before;
     * a run of several figures starts where its first column can be reached, and its figures, split by their digit
     * groups, fill the columns up to the one it ends in, or as many more as they need before the next cell's (the
     * grid squeezes them leftwards, so the end of a long run falls short of its last column).
     */
    static List<String> place(List<Cell> cells, AlignedColumns columns, HeaderColumns slots) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < columns.count(); j++) {
            out.add("");
        }
        int next = 0;
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            int first = Math.max(next, columns.firstFrom(c.start()));
            boolean figures = FIGURES.matcher(c.text()).matches();
            int last = columns.at(c.end());
            if (last < 0 && figures) {
                last = columns.nearest(c.end());
            }
            if (last < 0 || last < first) {
                return null;
            }
            int reach = k + 1 < cells.size() ? Math.max(last, columns.firstFrom(cells.get(k + 1).start()) - 1) : columns.count() - 1;
            int placed = -1;
            if (first == last && columns.at(c.end()) == last && !(last > 0 && c.start() <= columns.edge(last - 1))) {
                // A cell ends at its column's edge and starts right of the column before: it cannot reach into it.
                out.set(last, c.text());
                placed = last;
            }
            for (int to = Math.max(last, first + 1); placed < 0 && figures && to <= reach; to++) {
                List<String> split = slots.split(c.text().replaceAll(" %", "%"), first, to + 1);
                if (split != null && firstEndsInColumn(c, split, first, columns)) {
                    for (int j = first; j <= to; j++) {
                        out.set(j, split.get(j - first));
                    }
                    placed = to;
                }
            }
            if (placed < 0) {
                return null;
            }
            next = placed + 1;
        }
        slots.noted(out);
        return out;
    }

    /**
     * Whether the figures a run was split into start where their first column is: the first figure ends in it (the
     * grid squeezes the figures after it leftwards, further the more of them there are, so only the first one's
     * place is sure).
     */
    private static boolean firstEndsInColumn(Cell cell, List<String> split, int first, AlignedColumns columns) {
        if (split.get(0).isEmpty()) {
            return true; // an empty note cell
        }
        int figures = 0;
        for (String t : split.get(0).split(" ")) {
            figures += SwedishNumbers.hasDigit(t) || SwedishNumbers.isDash(t) ? 1 : 0;
        }
        List<Cell> words = words(cell);
        int w = 0;
        int end = cell.start();
        while (figures > 0 && w < words.size()) {
            Cell word = words.get(w++);
            boolean dashBeforeFigure = SwedishNumbers.isDash(word.text()) && w < words.size()
                    && SwedishNumbers.hasDigit(words.get(w).text()) && !SwedishNumbers.isDash(split.get(0));
            if (!dashBeforeFigure) {
                figures--;
                end = word.end();
            }
        }
        while (w < words.size() && words.get(w).text().equals("%")) {
            end = words.get(w++).end(); // "90,9 %": the sign is the figure's
        }
        return columns.zone(end) == first;
    }

    /** The lines' labels and cells; the label is a cell with a letter at the block's left margin. */
    private static List<Line> parse(List<String> lines) {
        List<List<Cell>> cells = new ArrayList<>();
        int margin = Integer.MAX_VALUE;
        for (String line : lines) {
            List<Cell> c = cells(line);
            cells.add(c);
            if (!c.isEmpty() && hasLetter(c.get(0).text())) {
                margin = Math.min(margin, c.get(0).start());
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<Cell> c : cells) {
            boolean label = !c.isEmpty() && hasLetter(c.get(0).text()) && c.get(0).start() <= margin + AlignedColumns.JITTER;
            out.add(label ? new Line(c.get(0).text(), c.subList(1, c.size())) : new Line("", c));
        }
        return out;
    }

    static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        Matcher m = CELL.matcher(line);
        while (m.find()) {
            out.add(new Cell(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** A cell's words, each with its own position. */
    static List<Cell> words(Cell cell) {
        List<Cell> out = new ArrayList<>();
        int at = 0;
        for (String w : cell.text().split(" ")) {
            out.add(new Cell(cell.start() + at, cell.start() + at + w.length(), w));
            at += w.length() + 1;
        }
        return out;
    }

    /**
     * The header's lines at the top: lines of captions (no figure but years and dates), and the lines right
     * under one whose cells all stand under its captions (the rest of captions wrapped in their cells).
     */
    private static int headerEnd(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            boolean captions = !l.values().isEmpty() && l.values().stream().allMatch(c -> isCaption(c.text()));
            if (!captions && !(i > 0 && l.label().isEmpty() && !l.values().isEmpty() && under(l, lines.get(i - 1)))) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Whether every cell of a line stands under (overlaps) a cell of the line above. */
    static boolean under(Line line, Line above) {
        for (Cell c : line.values()) {
            if (above.values().stream().noneMatch(a -> a.start() < c.end() + AlignedColumns.JITTER
                    && c.start() < a.end() + AlignedColumns.JITTER)) {
                return false;
            }
        }
        return true;
    }

    static boolean isCaption(String text) {
        return !SwedishNumbers.hasDigit(PERIOD.matcher(text).replaceAll(" ")) && !SwedishNumbers.isDash(text);
    }

    static boolean isNoteCaption(String text) {
        return NOTE_CAPTION.matcher(text.strip()).matches();
    }

    static boolean isFigures(String text) {
        return FIGURES.matcher(text).matches();
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block's rows below the header: each row's label (with its wrapped rest) and value cells (with figures
     * wrapped onto the next line joined), the line it stands on, and which lines were joined into the one above.
     */
    private record Body(List<String> labels, List<List<Cell>> rows, List<Integer> lines, boolean[] joinedLines,
                        List<Boolean> broken) {

        static Body of(List<Line> parsed, int headerEnd) {
            List<String> labels = new ArrayList<>();
            List<List<Cell>> rows = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            List<Boolean> broken = new ArrayList<>();
            boolean[] joined = new boolean[parsed.size()];
            int previous = -2; // the last line that went into the last row
            for (int i = headerEnd; i < parsed.size(); i++) {
                Line l = parsed.get(i);
                if (l.blank()) {
                    continue;
                }
                int last = rows.size() - 1;
                boolean rightUnder = last >= 0 && previous == i - 1;
                previous = i;
                boolean lowercase = !l.label().isEmpty() && Character.isLowerCase(l.label().charAt(0));
                if (rightUnder && (l.label().isEmpty() || lowercase) && wrapped(l.values(), rows.get(last))) {
                    rows.set(last, joinCells(rows.get(last), l.values()));
                    labels.set(last, lowercase ? labels.get(last) + " " + l.label() : labels.get(last));
                    joined[i] = true;
                    continue;
                }
                if (rightUnder && (l.label().isEmpty() || lowercase) && !l.values().isEmpty()
                        && l.values().stream().allMatch(c -> FigureRests.isRest(c.text()))) {
                    // The rests of figures that cannot be told apart ("5 673 5 971" over "188    971"): the row's
                    // figures are not whole, and neither line is read.
                    labels.set(last, lowercase ? labels.get(last) + " " + l.label() : labels.get(last));
                    broken.set(last, true);
                    joined[i] = true;
                    continue;
                }
                labels.add(l.label());
                broken.add(false);
                rows.add(l.values());
                at.add(i);
            }
            return new Body(labels, rows, at, joined, broken);
        }

        /** The next line holds only the wrapped rest of the row's label or figures, each under its figure. */
        private static boolean wrapped(List<Cell> rest, List<Cell> row) {
            for (Cell c : rest) {
                if (!FigureRests.isRest(c.text()) || row.stream().noneMatch(r -> isFigures(r.text())
                        && Math.abs(r.end() - c.end()) <= AlignedColumns.JITTER)) {
                    return false;
                }
            }
            return true;
        }

        private static List<Cell> joinCells(List<Cell> row, List<Cell> rest) {
            List<Cell> out = new ArrayList<>(row);
            for (Cell c : rest) {
                for (int k = 0; k < out.size(); k++) {
                    Cell r = out.get(k);
                    if (Math.abs(r.end() - c.end()) <= AlignedColumns.JITTER) {
                        out.set(k, new Cell(Math.min(r.start(), c.start()), Math.max(r.end(), c.end()), r.text() + " " + c.text()));
                        break;
                    }
                }
            }
            return out;
        }

        List<AlignedColumns.End> ends() {
            List<AlignedColumns.End> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                for (Cell c : rows.get(r)) {
                    out.add(new AlignedColumns.End(c.end(), r));
                }
            }
            return out;
        }

        int lineOf(int row) {
            return lines.get(row);
        }

        boolean joined(int line) {
            return joinedLines[line];
        }
    }
}
