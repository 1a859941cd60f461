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
    private static final Pattern ROW = Pattern.compile("^(\\D*?\\p{L}[^\\d−–-]*?)\\s+((?:[-−–]?\\d[\\d ,]*%?\\s*)+)$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)((utfall|budget|prognos|helårsprognos|plan)\\s*)?(19|20)\\d{2}(-\\d{2}-\\d{2})?|utfall|budget|prognos");
    private static final Pattern NOTE_COLUMN = Pattern.compile("(?iu)^(not|nr)\\.?$");
    private static final Pattern NOTE_BEFORE_YEARS = Pattern.compile("(?iu)\\bnot\\.?\\s+(?:19|20)\\d{2}");
    private static final int LABEL_LINE_MAX = 60;

    private PlainTextTables() {
    }

    public static List<String> tabulate(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).indexOf('\t') >= 0) {
                i++;
                continue;
            }
            boolean headed = headerCells(lines.get(i)) != null;
            if (!headed && !isAligned(lines.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && (isRunLine(lines.get(end), headed) || isLabelBetween(lines, end, headed))) {
                end++;
            }
            convertRun(lines, out, i, end);
            i = end;
        }
        return out;
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
        return line.indexOf('\t') < 0 && SwedishNumbers.hasDigit(line) && ROW.matcher(SwedishNumbers.mask(line.strip())).matches();
    }

    /** A caption row ("Tillgångar") between rows of a table belongs to the table. */
    private static boolean isLabelBetween(List<String> lines, int at, boolean headed) {
        String l = lines.get(at).strip();
        return !l.isEmpty() && l.length() <= LABEL_LINE_MAX && lines.get(at).indexOf('\t') < 0 && !l.matches(".*[.!?]$")
                && !l.matches(".*\\d.*") && at + 1 < lines.size()
                && (isRunLine(lines.get(at + 1), headed) || isLabelBetween(lines, at + 1, headed));
    }

    private static void convertRun(List<String> lines, List<String> out, int from, int to) {
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
        int leadingNotes = headers.isEmpty() ? 0 : leadingNoteColumns(headers.get(headers.size() - 1));
        for (int i = headerEnd; i < to; i++) {
            String line = lines.get(i);
            if (cells(line) == null && !isFlatRow(line)) {
                out.set(i, line.strip() + "\t");
                continue;
            }
            out.set(i, row(line, consistent ? columns : Integer.valueOf(-1), leadingNotes));
        }
    }

    /** A row placed under {@code columns} value columns (null: unknown, -1: the header cannot be trusted). */
    private static String row(String line, Integer columns, int leadingNotes) {
        List<String> c = cells(line);
        List<String> values;
        String label;
        if (c != null) {
            label = c.get(0);
            values = c.subList(1, c.size());
        } else {
            Matcher m = ROW.matcher(SwedishNumbers.mask(line.strip()));
            m.matches();
            label = line.strip().substring(0, m.end(1)).strip();
            values = List.of(m.group(2).strip());
        }
        if (columns == null) {
            return label + "\t" + String.join("\t", values);
        }
        if (columns < 0) {
            return label + "\t" + UNPLACED;
        }
        List<String> placed = place(values, columns, leadingNotes);
        return placed == null ? label + "\t" + UNPLACED : label + "\t" + String.join("\t", placed);
    }

    private static List<String> place(List<String> values, int columns, int leadingNotes) {
        if (values.size() == columns) {
            return values;
        }
        if (values.size() < columns && columns - values.size() <= leadingNotes && values.stream().allMatch(PlainTextTables::singleFigure)) {
            List<String> padded = new ArrayList<>();
            for (int i = 0; i < columns - values.size(); i++) {
                padded.add("");
            }
            padded.addAll(values);
            return padded;
        }
        // Digit groups run together: the split must be the only one, with or without a note number.
        String joined = String.join(" ", values);
        List<List<String>> options = new ArrayList<>();
        DigitGroups.splits(joined, columns).forEach(options::add);
        if (leadingNotes > 0) {
            for (List<String> noNote : DigitGroups.splits(joined, columns - leadingNotes)) {
                List<String> padded = new ArrayList<>();
                for (int i = 0; i < leadingNotes; i++) {
                    padded.add("");
                }
                padded.addAll(noNote);
                options.add(padded);
            }
        }
        return options.size() == 1 ? options.get(0) : null;
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
        int years = headerColumns(line);
        if (years < 2) {
            return null;
        }
        Matcher m = YEAR_OR_DATE.matcher(line);
        m.find();
        List<String> out = new ArrayList<>();
        String label = line.substring(0, m.start()).strip();
        boolean note = NOTE_BEFORE_YEARS.matcher(line).find();
        out.add(note ? label.replaceFirst("(?iu)\\s*not\\.?$", "") : label);
        if (note) {
            out.add("Not");
        }
        Matcher y = YEAR_OR_DATE.matcher(line.substring(m.start()));
        while (y.find()) {
            out.add(y.group());
        }
        return out;
    }

    private static int leadingNoteColumns(List<String> header) {
        int n = 0;
        for (int i = 1; i < header.size() && NOTE_COLUMN.matcher(header.get(i).strip()).matches(); i++) {
            n++;
        }
        return n;
    }

    /** "År 2023 2022 2021 2020 2019": the number of year columns, 0 when the line is not such a header. */
    static int headerColumns(String line) {
        if (!SwedishNumbers.hasDigit(line)) {
            return 0; // years are digits
        }
        Matcher m = YEAR_OR_DATE.matcher(line);
        int count = 0;
        int firstAt = -1;
        while (m.find()) {
            count++;
            firstAt = firstAt < 0 ? m.start() : firstAt;
        }
        if (count < 2 || line.length() > 120) {
            return 0;
        }
        String tail = YEAR_OR_DATE.matcher(line.substring(firstAt)).replaceAll("")
                .replaceAll("(?iu)utfall|budget|prognos|plan|helårsprognos|not|[\\s.]", "");
        return tail.isEmpty() ? count : 0;
    }

    /** A flattened row split into {@code columns} numbers, or null when it splits more than one way. */
    static String flattenedRow(String line, int columns) {
        Matcher m = ROW.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        List<List<String>> found = DigitGroups.splits(m.group(2), columns);
        return found.size() == 1 ? m.group(1).strip() + "\t" + String.join("\t", found.get(0)) : null;
    }

}
