package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables copied from a web page one cell per line: a header of years (and "Not"), then each row as its label
 * followed by its cells, blank lines between ("Verksamhetens intäkter", "", "1", "", "1 136", "", "1 214"). Such a
 * run becomes tab-separated rows, each on its label's line (so provenance stays a real line); the lines a row was
 * gathered from are marked as taken. A row with as many cells as the header has columns, or as many but its
 * notes, is placed; any other row keeps its label and the cell {@link PlainTextTables#UNPLACED}. Lines that hold
 * a figure glued to the next label ("3 098,9Bidrag till …") are split.
 */
final class VerticalTables {

    private static final Pattern YEAR_CELL = Pattern.compile("(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?|\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}");
    private static final Pattern GLUED_YEARS = Pattern.compile("(?:(?:19|20)\\d{2}){2,}");
    private static final Pattern SPACED_YEARS = Pattern.compile("(?:(?:19|20)\\d{2})(?:\\s+(?:19|20)\\d{2})+");
    private static final Pattern NOTE_WORD = Pattern.compile("(?iu)not|nr");
    private static final Pattern FIGURE = Pattern.compile("[-−–]|[-−–]?\\s?\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?\\s?%?\\*?|[-−–]?\\d+(?:,\\d+)?\\s?%?\\*?");
    private static final Pattern FIGURE_THEN_TEXT = Pattern.compile("^([-−–]?\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?)(\\p{Lu}.*)$");
    private static final int PROSE = 100;

    private enum Kind { YEARS, NOTE, FIGURE, TEXT }

    /** One cell: the lines it spans, its text and kind; a YEARS cell may hold several years. */
    private record Cell(int first, int last, String text, Kind kind, List<String> years) {
    }

    private VerticalTables() {
    }

    /** Rewrites cell-per-line tables in {@code out} and marks the lines they were gathered from. */
    static void convert(List<String> lines, List<String> out, boolean[] taken) {
        if (!mayHoldOne(lines)) {
            return; // most documents have no line that is a year alone: no header, no such table
        }
        List<Cell> cells = cells(lines);
        int c = 0;
        while (c < cells.size()) {
            int headerEnd = headerEnd(cells, c);
            if (headerEnd < 0) {
                c++;
                continue;
            }
            int end = table(cells, c, headerEnd, lines, out, taken);
            c = Math.max(end, c + 1);
        }
    }

    /** Whether two lines hold nothing but years (a header's cells), checked without regexes. */
    private static boolean mayHoldOne(List<String> lines) {
        int years = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.length() >= 4 && l.length() % 4 == 0 && l.length() <= 40 && (l.charAt(0) == '1' || l.charAt(0) == '2')
                    && l.chars().allMatch(ch -> ch >= '0' && ch <= '9') || l.length() == 4 && looksLikeYearCell(l)) {
                if (++years >= 2 || l.length() > 4) {
                    return true;
                }
            } else if (l.length() >= 9 && l.length() <= 20 && Character.isDigit(l.charAt(0)) && l.indexOf('/') > 0 && ++years >= 2) {
                return true; // 12/31/2017
            }
        }
        return false;
    }

    private static boolean looksLikeYearCell(String l) {
        return (l.startsWith("19") || l.startsWith("20")) && Character.isDigit(l.charAt(2)) && Character.isDigit(l.charAt(3));
    }

    /** The end (exclusive) of a header starting at cell {@code c}: at least two year cells, notes among them. */
    private static int headerEnd(List<Cell> cells, int c) {
        int years = 0;
        int i = c;
        while (i < cells.size() && (cells.get(i).kind() == Kind.YEARS || cells.get(i).kind() == Kind.NOTE
                || captionWithYear(cells.get(i)))) {
            years += cells.get(i).kind() == Kind.NOTE ? 0 : Math.max(1, cells.get(i).years().size());
            i++;
        }
        boolean startsWell = cells.get(c).kind() != Kind.FIGURE;
        return years >= 2 && startsWell && i < cells.size() && cells.get(i).kind() == Kind.TEXT ? i : -1;
    }

    private static boolean captionWithYear(Cell cell) {
        return cell.kind() == Kind.TEXT && !cell.years().isEmpty();
    }

    /** Converts one table; returns the cell index after it, or the header's start when it has too few rows. */
    private static int table(List<Cell> cells, int start, int headerEnd, List<String> lines, List<String> out, boolean[] taken) {
        List<String> header = new ArrayList<>();
        int notes = 0;
        for (int i = start; i < headerEnd; i++) {
            Cell h = cells.get(i);
            if (h.kind() == Kind.NOTE) {
                header.add(h.text());
                notes++;
            } else if (h.kind() == Kind.YEARS) {
                header.addAll(h.years());
            } else {
                header.add(h.text());
            }
        }
        List<int[]> rows = new ArrayList<>(); // label cell index, first figure, end
        int i = headerEnd;
        int withFigures = 0;
        while (i < cells.size()) {
            Cell label = cells.get(i);
            if (label.kind() != Kind.TEXT || label.text().length() > PROSE || headerEnd(cells, i) >= 0 && i > headerEnd) {
                break;
            }
            int j = i + 1;
            while (j < cells.size() && (cells.get(j).kind() == Kind.FIGURE || cells.get(j).kind() == Kind.NOTE)) {
                j++;
            }
            rows.add(new int[] {i, i + 1, j});
            withFigures += j > i + 1 ? 1 : 0;
            i = j;
        }
        // Captions after the last row with figures belong to what follows ("Kommunen, mnkr" over the next table).
        while (!rows.isEmpty() && rows.get(rows.size() - 1)[2] == rows.get(rows.size() - 1)[1]) {
            rows.remove(rows.size() - 1);
        }
        if (withFigures < 2) {
            return start;
        }
        int width = header.size();
        String headerLine = "\t" + String.join("\t", header);
        emit(out, taken, cells.get(start).first(), cells.get(headerEnd - 1).last(), headerLine);
        for (int[] r : rows) {
            Cell label = cells.get(r[0]);
            List<String> figures = new ArrayList<>();
            for (int k = r[1]; k < r[2]; k++) {
                figures.add(cells.get(k).text());
            }
            String row;
            if (figures.isEmpty()) {
                row = label.text() + "\t";
            } else if (figures.size() == width) {
                row = label.text() + "\t" + String.join("\t", figures);
            } else if (figures.size() == width - notes && notes > 0) {
                row = label.text() + "\t" + String.join("\t", padNotes(header, figures));
            } else {
                row = label.text() + "\t" + PlainTextTables.UNPLACED;
            }
            int last = r[2] > r[1] ? cells.get(r[2] - 1).last() : label.last();
            emit(out, taken, label.first(), last, row);
        }
        int endLine = cells.get(rows.get(rows.size() - 1)[2] - 1).last();
        for (int l = cells.get(start).first(); l <= endLine; l++) {
            if (lines.get(l).isBlank()) {
                taken[l] = true;
            }
        }
        return rows.get(rows.size() - 1)[2];
    }

    /** The figures under the value columns, the note columns left empty. */
    private static List<String> padNotes(List<String> header, List<String> figures) {
        List<String> out = new ArrayList<>();
        int f = 0;
        for (String h : header) {
            out.add(NOTE_WORD.matcher(h).matches() ? "" : figures.get(f++));
        }
        return out;
    }

    private static void emit(List<String> out, boolean[] taken, int first, int last, String row) {
        out.set(first, row);
        for (int l = first + 1; l <= last; l++) {
            taken[l] = true;
            out.set(l, "");
        }
    }

    /** The document's lines as cells: blank lines separate cells; adjacent lines join unless a figure stands alone. */
    private static List<Cell> cells(List<String> lines) {
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || lines.get(i).indexOf('\t') >= 0) {
                i++;
                continue;
            }
            Matcher glued = FIGURE_THEN_TEXT.matcher(l);
            if (glued.matches() && !YEAR_CELL.matcher(glued.group(1)).matches()) {
                out.add(new Cell(i, i, glued.group(1), Kind.FIGURE, List.of()));
                out.add(new Cell(i, i, glued.group(2), Kind.TEXT, List.of()));
                i++;
                continue;
            }
            Cell one = single(i, l);
            if (one.kind() != Kind.TEXT) {
                out.add(one);
                i++;
                continue;
            }
            // A text cell goes on over the lines right below it, unless they hold a figure of their own.
            int last = i;
            StringBuilder text = new StringBuilder(l);
            List<String> years = new ArrayList<>();
            while (last + 1 < lines.size() && !lines.get(last + 1).isBlank() && lines.get(last + 1).indexOf('\t') < 0) {
                String next = lines.get(last + 1).strip();
                Cell n = single(last + 1, next);
                if (n.kind() == Kind.YEARS && n.years().size() == 1 && years.isEmpty()) {
                    years.addAll(n.years());
                    text.append(' ').append(next);
                    last++;
                    continue;
                }
                if (n.kind() != Kind.TEXT || !years.isEmpty() || FIGURE_THEN_TEXT.matcher(next).matches()) {
                    break;
                }
                text.append(' ').append(next);
                last++;
            }
            Cell cell = new Cell(i, last, text.toString(), Kind.TEXT, List.copyOf(years));
            Cell before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && before.kind() == Kind.TEXT && before.years().isEmpty() && years.isEmpty()
                    && Character.isLowerCase(l.charAt(0)) && !before.text().endsWith(".")) {
                // "Verksamhetens" / "" / "kostnader i miljoner kronor": one label broken over a blank line
                out.set(out.size() - 1, new Cell(before.first(), last, before.text() + " " + text, Kind.TEXT, List.of()));
            } else {
                out.add(cell);
            }
            i = last + 1;
        }
        return out;
    }

    private static Cell single(int line, String l) {
        if (NOTE_WORD.matcher(l).matches()) {
            return new Cell(line, line, l, Kind.NOTE, List.of());
        }
        if (YEAR_CELL.matcher(l).matches()) {
            return new Cell(line, line, l, Kind.YEARS, List.of(l));
        }
        if (GLUED_YEARS.matcher(l).matches() && l.length() % 4 == 0) {
            List<String> years = new ArrayList<>();
            for (int k = 0; k < l.length(); k += 4) {
                years.add(l.substring(k, k + 4));
            }
            return new Cell(line, line, l, Kind.YEARS, years);
        }
        if (SPACED_YEARS.matcher(l).matches()) {
            return new Cell(line, line, l, Kind.YEARS, List.of(l.split("\\s+")));
        }
        if (FIGURE.matcher(l).matches()) {
            return new Cell(line, line, l, Kind.FIGURE, List.of());
        }
        return new Cell(line, line, l, Kind.TEXT, List.of());
    }
}
