package se.finsambench.pipeline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reduces Markdown lines to the same plain, tab-separated form as the .txt reports. */
final class MarkdownText {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern BOLD_STARS = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern BOLD_UNDERSCORES = Pattern.compile("(?<![\\p{L}\\p{N}])__(.+?)__(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    // A cell border is an unescaped pipe.
    private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");

    private MarkdownText() {
    }

    static List<String> toPlainLines(List<String> markdownLines) {
        List<String> out = new ArrayList<>(markdownLines.size());
        for (String line : markdownLines) {
            Cancellation.check();
            // The cheap tests first: most lines hold no pipe, hash or bold markers.
            if (line.contains("|") && line.contains("--") && SEPARATOR_ROW.matcher(line).matches()) {
                // An empty row in its place keeps line numbers equal to the file's and the table in one piece.
                out.add("\t".repeat(Math.max(1, (int) line.chars().filter(c -> c == '|').count() - 2)));
                continue;
            }
            out.add(plainLine(line));
        }
        return out;
    }

    static String plainLine(String line) {
        String s = line;
        if (isTableRow(s)) {
            s = tableRowToCells(s);
        } else if (s.indexOf('#') >= 0 && HEADING.matcher(s).find()) {
            s = CLOSING_HASHES.matcher(HEADING.matcher(s).replaceFirst("")).replaceFirst("");
        }
        if (s.contains("**")) {
            s = BOLD_STARS.matcher(s).replaceAll("$1");
        }
        if (s.contains("__")) {
            s = BOLD_UNDERSCORES.matcher(s).replaceAll("$1");
        }
        // Bold that spans several lines leaves an unpaired marker on each line.
        return s.replace("**", "");
    }

    static boolean isTableRow(String line) {
        String t = line.strip();
        return t.length() > 1 && t.startsWith("|") && t.endsWith("|");
    }

    static String tableRowToCells(String line) {
        String t = line.strip();
        String inner = t.substring(1, t.length() - 1);
        String[] cells = CELL_BORDER.split(inner, -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells[i].strip().replace("\\|", "|"));
        }
        return out.toString();
    }
}
