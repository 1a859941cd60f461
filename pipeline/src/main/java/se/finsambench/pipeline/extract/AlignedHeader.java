package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The header lines of a space-aligned table as captions per column. Each caption goes to the first column whose
 * edge it does not pass, whether it is set flush right, centred or flush left; captions run together over
 * several columns ("Budget Utfall 2024-06-30", "Enter FIA") come apart where a capitalised word starts the
 * next. A line whose cells all stand under captions of the line above is
 * the rest of those captions, wrapped in their cells, and is joined to them ("2023-12-" and "31", "Helårs-" and
 * "prognos").
 */
final class AlignedHeader {

    private AlignedHeader() {
    }

    /** Per header line its captions, one per column; null for a line joined to the one above. */
    static List<List<String>> captions(List<AlignedTable.Line> lines, AlignedColumns columns) {
        List<List<String>> out = new ArrayList<>();
        int kept = -1;
        for (int i = 0; i < lines.size(); i++) {
            AlignedTable.Line line = lines.get(i);
            List<String> own = place(line.values(), columns);
            if (kept >= 0 && line.label().isEmpty() && AlignedTable.under(line, lines.get(i - 1))) {
                List<String> into = out.get(kept);
                for (int j = 0; j < own.size(); j++) {
                    into.set(j, join(into.get(j), own.get(j)));
                }
                out.add(null);
                continue;
            }
            out.add(own);
            kept = i;
        }
        return out;
    }

    /** The header as one row for the columns' kinds: the label cell, then each column's captions joined. */
    static List<String> merged(List<List<String>> header) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (List<String> row : header) {
            if (row == null) {
                continue;
            }
            for (int j = 0; j < row.size(); j++) {
                if (out.size() <= j + 1) {
                    out.add(row.get(j));
                } else {
                    out.set(j + 1, join(out.get(j + 1), row.get(j)));
                }
            }
        }
        return out;
    }

    /** "2023-12-" and "31" join without a space: a date broken at its dash. */
    private static String join(String above, String below) {
        if (above.isEmpty() || below.isEmpty()) {
            return above + below;
        }
        boolean brokenDate = above.endsWith("-") && above.length() > 1 && Character.isDigit(above.charAt(above.length() - 2))
                && Character.isDigit(below.charAt(0));
        return above + (brokenDate ? "" : " ") + below;
    }

    /** Each caption goes to the first column whose edge it does not pass. */
    private static List<String> place(List<AlignedTable.Cell> cells, AlignedColumns columns) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < columns.count(); j++) {
            out.add("");
        }
        for (AlignedTable.Cell c : cells) {
            for (AlignedTable.Cell caption : captions(c)) {
                int j = columns.zone(caption.end());
                out.set(j, out.get(j).isEmpty() ? caption.text() : out.get(j) + " " + caption.text());
            }
        }
        return out;
    }

    /**
     * The captions in a run of words: a capitalised word starts a caption, other words ("på f", "2024-06-30",
     * "netto") go on with the one before ("Budget Utfall 2024-06-30" is "Budget" and "Utfall 2024-06-30").
     */
    private static List<AlignedTable.Cell> captions(AlignedTable.Cell run) {
        List<AlignedTable.Cell> out = new ArrayList<>();
        for (AlignedTable.Cell w : AlignedTable.words(run)) {
            AlignedTable.Cell last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !Character.isUpperCase(w.text().charAt(0))) {
                out.set(out.size() - 1, new AlignedTable.Cell(last.start(), w.end(), last.text() + " " + w.text()));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
