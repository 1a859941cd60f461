package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of space-aligned lines read as tables by character position ({@link AlignedTable}). A run is cut into
 * tables where a header follows rows and at page furniture ({@link PageFurniture}); a part whose rows do not
 * line up is read as before, and a run none of whose parts line up is left wholly to the reader before. A part
 * without a header right after a page break, with as many columns as the table read by position before it,
 * goes on with that table, and so does one whose header repeats the table's: the lines of the page break and
 * the repeated header become part of it.
 */
final class AlignedBlocks {

    /** Reads lines [from, to) the way tables without positions are read. */
    interface Fallback {
        void convert(int from, int to);
    }

    private static final int LABEL_REST_MAX = 60;
    /** Caption lines above a run that may belong to its header. */
    private static final int HEADER_LINES = 3;

    private final List<String> lines;
    private final List<String> out;
    private final boolean[] taken;
    private boolean[] furniture;
    /** The last table read by position: the line after it and its column count (-1: none). */
    private int lastEnd = -1;
    private int lastColumns = -1;
    private List<String> lastCaptions = List.of();

    AlignedBlocks(List<String> lines, List<String> out, boolean[] taken) {
        this.lines = lines;
        this.out = out;
        this.taken = taken;
    }

    /**
     * Reads the run [from, to) and returns the line after what it read: beyond {@code to} when a row has the rest
     * of its label or figures on the line below ("Summa eget kapital," / "avsättningar och skulder", "11 356" /
     * "500"), and then over the rows after it.
     */
    int read(int from, int to, Fallback fallback) {
        if (furniture == null) {
            furniture = PageFurniture.of(lines);
        }
        int start = from;
        while (start > 0 && from - start < HEADER_LINES && captionLine(start - 1)) {
            start--;
        }
        int end = to;
        boolean wrapped = false;
        while (end < lines.size() && !lines.get(end - 1).isBlank()) {
            String l = lines.get(end);
            if (labelRest(l) || FigureRests.isRest(l.strip())) {
                wrapped = true; // the rest of a label or figure: the run goes on, and so do rows after it
            } else if (!wrapped || !PlainTextTables.isAlignedLine(l)) {
                break;
            }
            end++;
        }
        List<int[]> parts = parts(start, end);
        List<AlignedTable.Read> read = new ArrayList<>();
        boolean any = false;
        for (int[] p : parts) {
            AlignedTable.Read r = AlignedTable.read(lines, p[0], p[1], out, taken);
            read.add(r);
            any |= r != null;
        }
        if (!any) {
            // Read without positions, but still cut where a header follows rows: each table under its own header.
            for (int k = 0; k < parts.size(); k++) {
                int partEnd = Math.min(parts.get(k)[1], to);
                while (k + 1 < parts.size() && partEnd > parts.get(k)[0] && lines.get(partEnd - 1).isBlank()) {
                    partEnd--; // blank lines before the next table's header are neither's
                }
                if (Math.max(parts.get(k)[0], from) < partEnd) {
                    fallback.convert(Math.max(parts.get(k)[0], from), partEnd);
                }
            }
            if (start == from - 1) {
                captionRow(start);
            }
            return to;
        }
        for (int k = 0; k < parts.size(); k++) {
            int[] p = parts.get(k);
            AlignedTable.Read r = read.get(k);
            if (r == null) {
                fallback.convert(p[0], p[1]);
                lastColumns = -1;
                lastCaptions = List.of();
                continue;
            }
            boolean repeated = r.captions().equals(lastCaptions);
            if ((r.captions().isEmpty() || repeated) && r.columns() == lastColumns && onlyPageBreak(lastEnd, p[0])) {
                // The page break, and the header the next page repeats, become part of the table.
                for (int i = lastEnd; i < p[0] + (repeated ? r.headerLines() : 0); i++) {
                    taken[i] = true;
                    out.set(i, "");
                }
                int first = p[0] + (repeated ? r.headerLines() : 0);
                while (first < p[1] && lines.get(first).isBlank()) {
                    first++;
                }
                if (first < p[1] && FigureRests.isRestLine(lines.get(first))) {
                    // The last row's figures wrapped over the page break ("1 154" … "884"): neither line is whole.
                    String row = out.get(lastEnd - 1);
                    out.set(lastEnd - 1, row.substring(0, Math.max(0, row.indexOf('\t'))) + "\t" + PlainTextTables.UNPLACED);
                    out.set(first, "");
                    taken[first] = true;
                }
            } else {
                lastCaptions = r.captions();
            }
            lastEnd = p[1];
            while (lastEnd > p[0] && lines.get(lastEnd - 1).isBlank()) {
                lastEnd--; // the blank lines after its last row are the page break's
            }
            lastColumns = r.columns();
        }
        return end;
    }

    /** The run cut at page furniture (left out) and where a header follows rows. */
    private List<int[]> parts(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = -1;
        boolean rows = false;
        for (int i = from; i < to; i++) {
            if (furniture[i]) {
                if (start >= 0) {
                    parts.add(new int[] {start, i});
                }
                start = -1;
                rows = false;
                continue;
            }
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            boolean header = PlainTextTables.isHeaderLine(l);
            if (start >= 0 && header && rows) {
                parts.add(new int[] {start, i});
                start = -1;
                rows = false;
            }
            if (start < 0) {
                start = i;
            }
            rows |= !header && SwedishNumbers.hasDigit(l);
        }
        if (start >= 0) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** Whether only blank lines and page furniture, and at least one of these, stand between two lines. */
    private boolean onlyPageBreak(int from, int to) {
        if (from < 0 || from > to) {
            return false;
        }
        boolean page = false;
        for (int i = from; i < to; i++) {
            if (!furniture[i] && !lines.get(i).isBlank() || taken[i]) {
                return false;
            }
            page |= furniture[i];
        }
        return page;
    }

    /**
     * A line right above a run that holds captions in columns ("Jan-juni 2024    Enter    FIA    Totalt"), which
     * nothing marks as a header but its place: a label and captions apart by gaps, no figure but years and dates.
     */
    private boolean captionLine(int at) {
        String l = lines.get(at);
        if (l.isBlank() || furniture[at] || taken[at] || !out.get(at).equals(l) || l.indexOf('\t') >= 0 || at < lastEnd) {
            return false;
        }
        List<AlignedTable.Cell> cells = AlignedTable.cells(l);
        return cells.size() >= 3 && cells.stream().skip(1).allMatch(c -> AlignedTable.isCaption(c.text()));
    }

    /**
     * The caption line above rows read without positions becomes their header row when it has as many cells as
     * the first row: its captions stand over the rows' cells one for one ("Jan-juni 2024", "Enter", "FIA", …).
     */
    private void captionRow(int at) {
        List<AlignedTable.Cell> cells = AlignedTable.cells(lines.get(at));
        String row = out.get(at + 1);
        if (row.indexOf('\t') >= 0 && row.split("\t", -1).length == cells.size()) {
            out.set(at, String.join("\t", cells.stream().map(AlignedTable.Cell::text).toList()));
        }
    }

    /** A line holding only the rest of a label wrapped in its cell: a short run of words in lower case. */
    private static boolean labelRest(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= LABEL_REST_MAX && line.indexOf('\t') < 0 && Character.isLowerCase(l.charAt(0))
                && !SwedishNumbers.hasDigit(l) && !l.endsWith(".");
    }
}
