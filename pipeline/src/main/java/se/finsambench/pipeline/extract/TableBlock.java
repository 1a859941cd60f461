package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * Consecutive table lines with what stands around them.
 *
 * @param titleLines   the text lines just above the table (captions, unit declarations)
 * @param section      what kind of section the table stands in
 * @param sectionTitle the heading that section starts with (a note's title, say)
 * @param context      the short lines further up, nearest last, up to the table before (where a page names the
 *                     bodies whose figures stand side by side)
 */
public record TableBlock(List<TableRow> rows, List<String> titleLines, SectionKind section, String sectionTitle,
                         List<String> context) {
    public TableBlock {
        rows = List.copyOf(rows);
        titleLines = List.copyOf(titleLines);
        context = List.copyOf(context);
    }

    public TableBlock(List<TableRow> rows, List<String> titleLines, SectionKind section, String sectionTitle) {
        this(rows, titleLines, section, sectionTitle, List.of());
    }

    TableBlock in(SectionKind kind, String title) {
        return new TableBlock(rows, titleLines, kind, title, context);
    }

    public int firstLine() {
        return rows.get(0).line();
    }
}
