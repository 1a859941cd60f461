package se.finsambench.pipeline.generate;

import java.util.List;

/**
 * Table rows as text: TAB-separated cells, or space-aligned columns as text copied out of a PDF
 * looks (label padded, figures right-aligned, an empty cell just blank space).
 */
final class TableText {

    private static final int LABEL = 44;
    private static final int COLUMN = 14;

    private TableText() {
    }

    static void write(DocumentDraft draft, boolean spaced, List<String[]> rows) {
        for (String[] cells : rows) {
            draft.line(spaced ? aligned(cells) : String.join("\t", cells));
        }
    }

    static String aligned(String[] cells) {
        StringBuilder out = new StringBuilder(cells[0]);
        out.append(" ".repeat(Math.max(2, LABEL - cells[0].length())));
        for (int i = 1; i < cells.length; i++) {
            out.append(" ".repeat(Math.max(2, COLUMN - cells[i].length()))).append(cells[i]);
        }
        return out.toString().stripTrailing();
    }
}
