package se.finsambench.pipeline.generate;

import java.util.List;

/** Renders text lines (TAB-separated cells) as HTML or Markdown, the markup formats reports also arrive in. */
public final class MarkupRenderer {

    private MarkupRenderer() {
    }

    /**
     * Consecutive TAB lines become one {@code <table>}; other lines become paragraphs. Cell text that
     * already holds HTML fragments ({@code <p>}, {@code <ul><li>}) is kept as markup, everything else
     * is escaped.
     */
    public static byte[] toHtml(String title, List<String> lines) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"sv\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title></head>\n<body>\n");
        boolean inTable = false;
        for (String line : lines) {
            boolean row = line.indexOf('\t') >= 0;
            if (row && !inTable) {
                out.append("<table>\n");
            } else if (!row && inTable) {
                out.append("</table>\n");
            }
            inTable = row;
            if (row) {
                out.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    out.append("<td>").append(cell.contains("<p>") || cell.contains("<ul>") ? cell : escape(cell)).append("</td>");
                }
                out.append("</tr>\n");
            } else if (!line.isBlank()) {
                out.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        if (inTable) {
            out.append("</table>\n");
        }
        return out.append("</body>\n</html>\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Consecutive TAB lines become a pipe table (the first row its header); other lines stay as they are. */
    public static byte[] toMarkdown(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        for (String line : lines) {
            boolean row = line.indexOf('\t') >= 0;
            if (row) {
                String[] cells = line.split("\t", -1);
                out.append("| ").append(String.join(" | ", cells).replace("|  |", "| |")).append(" |\n");
                if (!inTable) {
                    out.append("|").append("---|".repeat(cells.length)).append("\n");
                }
            } else {
                if (inTable) {
                    out.append("\n");
                }
                out.append(line).append("\n");
            }
            inTable = row;
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
