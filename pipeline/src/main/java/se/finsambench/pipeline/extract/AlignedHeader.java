package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The header lines of a space-aligned table as captions per column. A caption goes to the column it ends in
 * (captions are set flush right like the figures under them) or, ending near none, to the column its start
 * reaches; captions run together over several columns ("Budget Utfall 2024-06-30") are cut between words where
 * the pieces end nearest the columns' edges. A line whose cells all stand under captions of the line above is
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

    private static List<String> place(List<AlignedTable.Cell> cells, AlignedColumns columns) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < columns.count(); j++) {
            out.add("");
        }
        for (AlignedTable.Cell c : cells) {
            int first = Math.min(columns.firstFrom(c.start()), columns.count() - 1);
            int last = columns.at(c.end());
            last = last >= 0 ? last : columns.nearest(c.end());
            last = Math.max(first, last);
            if (first == last) {
                out.set(first, join(out.get(first), c.text()));
                continue;
            }
            List<AlignedTable.Cell> words = AlignedTable.words(c);
            if (words.size() < last - first + 1) {
                out.set(first, join(out.get(first), c.text()));
                continue;
            }
            List<String> groups = cut(words, first, last, columns);
            for (int j = first; j <= last; j++) {
                out.set(j, join(out.get(j), groups.get(j - first)));
            }
        }
        return out;
    }

    /** The words cut into one group per column so that the groups end as near the columns' edges as can be. */
    private static List<String> cut(List<AlignedTable.Cell> words, int first, int last, AlignedColumns columns) {
        int groups = last - first + 1;
        int n = words.size();
        // cost[g][w]: best total distance putting words [0, w) into the first g groups
        long[][] cost = new long[groups + 1][n + 1];
        int[][] from = new int[groups + 1][n + 1];
        for (long[] row : cost) {
            java.util.Arrays.fill(row, Long.MAX_VALUE / 4);
        }
        cost[0][0] = 0;
        for (int g = 1; g <= groups; g++) {
            for (int w = g; w <= n - (groups - g); w++) {
                for (int start = g - 1; start < w; start++) {
                    long c = cost[g - 1][start] + Math.abs(words.get(w - 1).end() - columns.edge(first + g - 1));
                    if (c < cost[g][w]) {
                        cost[g][w] = c;
                        from[g][w] = start;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        int w = n;
        for (int g = groups; g >= 1; g--) {
            int start = from[g][w];
            StringBuilder text = new StringBuilder();
            for (int k = start; k < w; k++) {
                text.append(k == start ? "" : " ").append(words.get(k).text());
            }
            out.add(0, text.toString());
            w = start;
        }
        return out;
    }
}
