package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * Consecutive table lines with what stands around them.
 *
 * @param titleLines   the text lines just above the table (captions, unit declarations)
 * @param section      what kind of section the table stands in
 * @param sectionTitle the heading that section starts with (a note's title, say)
 */
public record TableBlock(List<TableRow> rows, List<String> titleLines, SectionKind section, String sectionTitle) {
    public TableBlock {
        rows = List.copyOf(rows);
        titleLines = List.copyOf(titleLines);
    }

    public int firstLine() {
        return rows.get(0).line();
    }
}
