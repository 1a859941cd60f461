package se.finsambench.pipeline.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table laid out as a word processor's auto-fit does it: each column as wide as its widest cell, squeezed in
 * proportion when the table would be wider than the text column, but never below its longest word unless even
 * that does not fit; each cell's text wrapped at spaces within its column (a figure "7 509 712" may wrap as
 * "7 509" / "712"), a word longer than the column broken inside. Figures are right-aligned, the first row and
 * sum rows bold.
 */
final class OfficeTable {
    static final float PADDING = 2.8f;
    private static final Pattern FIGURE = Pattern.compile("^[-−–+]?\\s?[\\d\\s.,]+\\s?(%|kr|tkr|mkr)?(\\s?\\([\\d\\s,.]+\\s?%?\\))?$|^[-–]$");
    private static final Pattern SUM = Pattern.compile("(?iu)^(summa|totala?|årets resultat|periodens resultat|verksamhetens resultat)\\b.*");

    /** One cell's lines and how it is aligned. */
    record Cell(List<String> lines, boolean right, boolean bold) {
    }

    final float[] widths;
    final List<List<Cell>> rows = new ArrayList<>();

    OfficeTable(List<String[]> cells, float textWidth, OfficeStyle style) throws IOException {
        int n = cells.stream().mapToInt(r -> r.length).max().orElse(1);
        boolean[] numeric = numericColumns(cells, n);
        widths = widths(cells, n, textWidth, style);
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            boolean bold = r == 0 || SUM.matcher(row[0].strip()).matches();
            List<Cell> out = new ArrayList<>();
            PDFont font = style.font(bold);
            for (int c = 0; c < n; c++) {
                String text = c < row.length ? row[c].strip() : "";
                out.add(new Cell(wrap(text, widths[c] - 2 * PADDING, font, style.size()), numeric[c], bold));
            }
            rows.add(out);
        }
    }

    int height(int row) {
        return rows.get(row).stream().mapToInt(c -> Math.max(1, c.lines().size())).max().orElse(1);
    }

    private static boolean[] numericColumns(List<String[]> cells, int n) {
        boolean[] out = new boolean[n];
        for (int c = 1; c < n; c++) {
            int values = 0;
            int figures = 0;
            for (String[] row : cells.subList(Math.min(1, cells.size()), cells.size())) {
                String v = c < row.length ? row[c].strip() : "";
                if (!v.isEmpty()) {
                    values++;
                    figures += FIGURE.matcher(v).matches() ? 1 : 0;
                }
            }
            out[c] = values > 0 && 10 * figures >= 6 * values;
        }
        return out;
    }

    private static float[] widths(List<String[]> cells, int n, float available, OfficeStyle style) throws IOException {
        float[] preferred = new float[n];
        float[] minimum = new float[n];
        PDFont bold = style.font(true);
        for (String[] row : cells) {
            for (int c = 0; c < n; c++) {
                String text = c < row.length ? row[c].strip() : "";
                preferred[c] = Math.max(preferred[c], width(text, bold, style.size()) + 2 * PADDING);
                for (String word : text.split(" ")) {
                    minimum[c] = Math.max(minimum[c], width(word, bold, style.size()) + 2 * PADDING);
                }
                minimum[c] = Math.max(minimum[c], 20);
            }
        }
        float sumPreferred = 0;
        float sumMinimum = 0;
        for (int c = 0; c < n; c++) {
            preferred[c] = Math.max(preferred[c], minimum[c]);
            sumPreferred += preferred[c];
            sumMinimum += minimum[c];
        }
        float[] out = new float[n];
        for (int c = 0; c < n; c++) {
            if (sumPreferred <= available) {
                out[c] = preferred[c] + (c == 0 ? available - sumPreferred : 0);
            } else if (sumMinimum >= available) {
                out[c] = available * minimum[c] / sumMinimum;
            } else {
                out[c] = minimum[c] + (available - sumMinimum) * (preferred[c] - minimum[c]) / (sumPreferred - sumMinimum);
            }
        }
        return out;
    }

    /** Greedy wrapping at spaces; a word wider than the column is broken where it reaches the edge. */
    static List<String> wrap(String text, float width, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
