package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables that lost their tabs in conversion, turned back into tab-separated lines (one line stays
 * one line, so provenance is unchanged): space-aligned columns ("Kassa och bank      1 281 068
 * 1 757 672") and flattened rows under a header that names the columns ("År 2023 2022 2021" then
 * "Verksamhetens intäkter 3 056 3 076 3 084").
 *
 * <p>Without tabs an empty cell is invisible, so a row with fewer figures than its header has
 * columns can be placed only when the missing cells can be nothing but the leading note column, or
 * when its digit groups split into the right count one way only. Any other row keeps its label and
 * gets the cell {@value #UNPLACED}, which no reader takes for a figure: a missing number is better
 * than one in the wrong column.
 */
public final class PlainTextTables {

    /** Stands for figures that could not be placed under their columns. */
    public static final String UNPLACED = "…";

    private static final Pattern GAP = Pattern.compile(" {2,}");
    private static final Pattern YEAR_OR_DATE = Pattern.compile("(?<![\\d-])(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?(?![\\d-])");
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)((utfall|budget|prognos|helårsprognos|plan)\\s*)?(19|20)\\d{2}(-\\d{2}-\\d{2})?|utfall|budget|prognos");
    static final Pattern NOTE_COLUMN = Pattern.compile("(?iu)^(not|nr)\\.?$");
    private static final Pattern HEADER_PERIOD = Pattern.compile(
            "(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}");
    private static final Pattern CAPTION_WORD = Pattern.compile(
            "(?iu)utfall|budget|prognos|helårsprognos|plan|bokslut|kommun(en)?|koncern(en)?|region(en)?|förbundet");
    private static final int LABEL_LINE_MAX = 60;
    private static final Pattern FIGURE_PIECE = Pattern.compile("[-−–]|[-−–]?\\d+(?:,\\d+)?%?|[1-9]\\d?,");
    private static final Pattern PIECE = Pattern.compile("\\S+");
    private static final Pattern FIGURE_PIECES = Pattern.compile("(?:(?:[-−–]|[-−–]?\\d+(?:,\\d+)?%?|[1-9]\\d?,)(?:\\s+|$))+");

    private PlainTextTables() {
    }

    /**
     * Lines with tables turned back into tab-separated rows, one output line per input line.
     *
     * @param taken lines whose text went into a row above them (cells of a one-cell-per-line table, the figures
     *              of a row whose label stood on the line before); they are part of that table
     */
    public record Tabulated(List<String> lines, boolean[] taken) {
    }

    public static List<String> tabulate(List<String> lines) {
        return convert(lines).lines();
    }

    public static Tabulated convert(List<String> text) {
        List<String> lines = TabStops.restore(text);
        List<String> out = new ArrayList<>(lines);
        boolean[] taken = new boolean[lines.size()];
        VerticalTables.convert(lines, out, taken);
        AlignedBlocks aligned = new AlignedBlocks(lines, out, taken);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') >= 0 || taken[i] || !out.get(i).equals(lines.get(i))) {
                i++;
                continue;
            }
            boolean headed = headerCells(lines.get(i)) != null;
            if (!headed && !isAligned(lines.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && out.get(end).equals(lines.get(end)) && !taken[end]
                    && (isRunLine(lines.get(end), headed) || isLabelBetween(lines, end, headed) || blankInside(lines, end, headed)
                    || headed && figuresOnly(lines.get(end)) && !lines.get(end - 1).isBlank())) {
                end++;
            }
            i = aligned.read(i, end, (from, to) -> convertRun(lines, out, taken, from, to));
        }
        return new Tabulated(out, taken);
    }

    /** Under a header, blank lines between rows (a web page's spacing) do not end the table. */
    private static boolean blankInside(List<String> lines, int at, boolean headed) {
        if (!headed || !lines.get(at).isBlank()) {
            return false;
        }
        int next = at + 1;
        while (next < lines.size() && lines.get(next).isBlank() && next - at < 3) {
            next++;
        }
        return next < lines.size() && !lines.get(next).isBlank()
                && (isRunLine(lines.get(next), true) || isLabelBetween(lines, next, true));
    }

    private static boolean isAligned(String line) {
        return cells(line) != null;
    }

    /** Flattened rows ("Kassa och bank 1 281 068 1 757 672") count only under a header that names the columns. */
    private static boolean isRunLine(String line, boolean headed) {
        return isAligned(line) || headed && isFlatRow(line);
    }

    private static boolean isFlatRow(String line) {
        // A flattened row ends in figures: a line without a digit is none.
        return line.indexOf('\t') < 0 && SwedishNumbers.hasDigit(line) && splitFlat(line) != null;
    }

    /** A line of figures alone ("-30 216 -31 382"), the cells of a row whose label stands on the line above. */
    private static boolean figuresOnly(String line) {
        String l = line.strip();
        return !l.isEmpty() && line.indexOf('\t') < 0 && SwedishNumbers.hasDigit(l) && FIGURE_PIECES.matcher(l).matches();
    }

    /**
     * Label and trailing figures of a flattened row: the figures are the longest run of number pieces, dashes and
     * note lists at the end; the label, which may hold digits ("Antal invånare 31 december"), must hold a letter.
     */
    static String[] splitFlat(String line) {
        String l = line.strip();
        // Dates, law and phone numbers are masked: they end the run of figures instead of joining it.
        String masked = SwedishNumbers.mask(l);
        Matcher piece = PIECE.matcher(masked);
        List<int[]> pieces = new ArrayList<>();
        while (piece.find()) {
            pieces.add(new int[] {piece.start(), piece.end()});
        }
        int first = pieces.size();
        while (first > 0 && FIGURE_PIECE.matcher(masked.substring(pieces.get(first - 1)[0], pieces.get(first - 1)[1])).matches()) {
            first--;
        }
        if (first == pieces.size() || first == 0) {
            return null;
        }
        String label = l.substring(0, pieces.get(first)[0]).strip();
        if (label.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return new String[] {label, l.substring(pieces.get(first)[0]).strip()};
    }

    /** A caption row ("Tillgångar") between rows of a table belongs to the table. */
    private static boolean isLabelBetween(List<String> lines, int at, boolean headed) {
        String l = lines.get(at).strip();
        if (l.isEmpty() || l.length() > LABEL_LINE_MAX || lines.get(at).indexOf('\t') >= 0 || l.matches(".*[.!?]$")
                || l.matches(".*\\d.*")) {
            return false;
        }
        int next = at + 1;
        // Under a header a blank line may stand between a caption and its rows.
        while (headed && next < lines.size() && lines.get(next).isBlank() && next - at < 3) {
            next++;
        }
        return next < lines.size() && (isRunLine(lines.get(next), headed) || isLabelBetween(lines, next, headed)
                || headed && figuresOnly(lines.get(next)));
    }

    private static void convertRun(List<String> lines, List<String> out, boolean[] taken, int from, int to) {
        int headerEnd = from;
        List<List<String>> headers = new ArrayList<>();
        while (headerEnd < to) {
            List<String> h = headerCells(lines.get(headerEnd));
            if (h == null) {
                break;
            }
            headers.add(h);
            out.set(headerEnd, String.join("\t", h));
            headerEnd++;
        }
        Integer columns = headers.isEmpty() ? null : headers.get(headers.size() - 1).size() - 1;
        boolean consistent = headers.stream().allMatch(h -> h.size() == headers.get(0).size());
        HeaderColumns header = headers.isEmpty() ? null : HeaderColumns.of(headers.get(headers.size() - 1));
        for (int i = headerEnd; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                taken[i] = headers.size() > 0;
                continue;
            }
            if (header != null && cells(line) == null && !isFlatRow(line) && i + 1 < to && figuresOnly(lines.get(i + 1))
                    && isFlatRow(line.strip() + " " + lines.get(i + 1).strip())) {
                // "Verksamhetens nettokostnader" / "-30 216 -31 382 -28 217 -29 539": one row on two lines.
                out.set(i, row(line.strip() + " " + lines.get(i + 1).strip(), consistent ? columns : Integer.valueOf(-1), header));
                out.set(i + 1, "");
                taken[i + 1] = true;
                i++;
                continue;
            }
            if (cells(line) == null && !isFlatRow(line)) {
                out.set(i, line.strip() + "\t");
                continue;
            }
            if (i + 1 < to && FigureRests.dropWrapped(lines, out, taken, i)) {
                i++;
                continue;
            }
            out.set(i, row(line, consistent ? columns : Integer.valueOf(-1), header));
        }
    }

    /** A row placed under {@code columns} value columns (null: unknown, -1: the header cannot be trusted). */
    private static String row(String line, Integer columns, HeaderColumns header) {
        List<String> c = cells(line);
        List<String> values;
        String label;
        if (c != null) {
            label = c.get(0);
            values = c.subList(1, c.size());
        } else {
            String[] flat = splitFlat(line);
            label = flat[0];
            values = List.of(flat[1]);
        }
        if (columns == null) {
            return label + "\t" + String.join("\t", values);
        }
        if (columns < 0) {
            return label + "\t" + UNPLACED;
        }
        List<String> placed = place(values, columns, header);
        return placed == null ? label + "\t" + UNPLACED : label + "\t" + String.join("\t", placed);
    }

    private static List<String> place(List<String> values, int columns, HeaderColumns header) {
        if (values.size() == columns) {
            return values;
        }
        int leadingNotes = header.leadingNotes();
        if (values.size() < columns && columns - values.size() <= leadingNotes && values.stream().allMatch(PlainTextTables::singleFigure)) {
            List<String> padded = new ArrayList<>();
            for (int i = 0; i < columns - values.size(); i++) {
                padded.add("");
            }
            padded.addAll(values);
            return padded;
        }
        // Digit groups run together, the space both thousands separator and column gap.
        List<String> split = FigureRun.split(String.join(" ", values), header.slots(), header.groups(), header.lastNotes());
        if (split != null) {
            header.noted(split);
        }
        return split;
    }

    private static boolean singleFigure(String cell) {
        return SwedishNumbers.isDash(cell) || CellValue.parse(cell).isPresent();
    }

    /** Cells split at runs of two or more spaces; a line indented by such a run has an empty label. */
    static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0 || line.isBlank() || line.strip().length() > 200 || !line.contains("  ")) {
            return null; // without a run of spaces there is one cell only
        }
        String[] parts = GAP.split(line.strip());
        if (parts.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (line.startsWith("  ")) {
            out.add("");
        }
        out.addAll(List.of(parts));
        int figures = 0;
        for (int i = 1; i < out.size(); i++) {
            figures += singleFigure(out.get(i)) || YEAR_OR_DATE.matcher(out.get(i)).matches()
                    || SwedishNumbers.findAll(out.get(i)).size() > 1 ? 1 : 0;
        }
        boolean header = headerCellsOnly(out);
        return header || figures >= Math.max(1, out.size() - 3) ? out : null;
    }

    private static boolean headerCellsOnly(List<String> cells) {
        if (cells.size() < 3) {
            return false;
        }
        boolean anyPeriod = false;
        for (int i = 1; i < cells.size(); i++) {
            String c = cells.get(i);
            if (singleFigure(c) && !YEAR_OR_DATE.matcher(c).matches()) {
                return false;
            }
            anyPeriod |= YEAR_OR_DATE.matcher(c).find() || c.matches("(?iu).*(utfall|budget|prognos|plan).*");
        }
        return anyPeriod;
    }

    /** Whether a line's cells stand apart in columns, with figures among them. */
    static boolean isAlignedLine(String line) {
        return isAligned(line);
    }

    /** Whether a line is a table's header (captions of years, dates or scenarios). */
    static boolean isHeaderLine(String line) {
        return line.indexOf('\t') < 0 && headerCells(line) != null;
    }

    /** The header's cells when a line is a header, else null. */
    private static List<String> headerCells(String line) {
        List<String> c = cells(line);
        if (c != null && !c.get(0).isEmpty() && CAPTION.matcher(c.get(0)).matches()) {
            // "2023  2022  2021": the label cell was empty and the normaliser trimmed its spaces away.
            c = new ArrayList<>(c);
            c.add(0, "");
        }
        if (c != null) {
            return headerCellsOnly(c) ? c : null;
        }
        return flatHeader(line);
    }

    /**
     * A header whose cells lost their gaps: "År 2023 2022 2021", "Belopp i mnkr Not 2018 2019 2018 2019",
     * "Not 12/31/2017 12/31/2016 Not …", "Miljoner kronor Not Kommun 2022 Kommun 2023 Koncern 2022 …". Read from the
     * end: years and dates are columns, "Not" a note column, a scenario or body word the start of the next year's
     * caption; the label is what stands before. At least two years, or null.
     */
    static List<String> flatHeader(String line) {
        if (line.length() > 160 || !endsInPeriodOrNote(line)) {
            return null; // a header ends in a year, a date or "Not"; checked before the line is split
        }
        String[] pieces = line.strip().split("\\s+");
        int first = pieces.length;
        boolean yearAfter = false;
        int years = 0;
        while (first > 0) {
            String p = pieces[first - 1];
            if (HEADER_PERIOD.matcher(p).matches()) {
                years++;
                yearAfter = true;
            } else if (NOTE_COLUMN.matcher(p).matches()) {
                yearAfter = false;
            } else if (yearAfter && CAPTION_WORD.matcher(p).matches()) {
                yearAfter = true; // "Kommun 2022", "Utfall 2023": part of the caption that follows
            } else {
                break;
            }
            first--;
        }
        if (years < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        out.add(String.join(" ", java.util.Arrays.asList(pieces).subList(0, first)));
        StringBuilder caption = new StringBuilder();
        for (int i = first; i < pieces.length; i++) {
            String p = pieces[i];
            if (NOTE_COLUMN.matcher(p).matches()) {
                out.add(p);
            } else if (HEADER_PERIOD.matcher(p).matches()) {
                out.add(caption.append(caption.length() == 0 ? "" : " ").append(p).toString());
                caption.setLength(0);
            } else {
                caption.append(caption.length() == 0 ? "" : " ").append(p);
            }
        }
        return out;
    }

    private static boolean endsInPeriodOrNote(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end < 3) {
            return false;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        if (end - start <= 4 && NOTE_COLUMN.matcher(line.substring(start, end)).matches()) {
            return true; // "Not", "Nr", "Not."
        }
        return end >= 4 && Character.isDigit(line.charAt(end - 1)) && Character.isDigit(line.charAt(end - 2)) && Character.isDigit(line.charAt(end - 3))
                && Character.isDigit(line.charAt(end - 4));
    }



}
