package se.finsambench.pipeline.extract;

import java.util.List;
import java.util.Optional;

/**
 * A table as every reader sees it, resolved once ({@link TableResolver}): its block (rows and what stands above
 * them), its header (what each value column holds), its body rows lined up under the header, every body cell read,
 * the money unit its amounts are in and the section it is read as.
 *
 * @param body         the rows below the header; a row a PDF hid empty cells of is padded when only note columns
 *                     can be missing, and null when its figures cannot be placed
 * @param cells        per body row, each cell read ({@link CellValue}); empty for a row that could not be placed
 * @param scale        the unit of its amounts: declared, else the statements' (for notes), else kr; a table
 *                     declaring tkr with amounts too large for that is read in kr ({@code scaleProblem} says so)
 * @param section      the section it is read as: a table with insats columns is a participants table
 * @param previous     the table before it, passing over tables of contents (a table may continue the previous one)
 */
record ResolvedTable(TableBlock block, TableHeader header, List<TableRow> body, List<List<Optional<CellValue>>> cells,
                     MoneyScale scale, String scaleProblem, SectionKind section, boolean contents, ResolvedTable previous) {

    ResolvedTable {
        body = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(body));
        cells = List.copyOf(cells);
    }

    /** A cell of a body row (index into {@link #body}), read. */
    Optional<CellValue> cell(int bodyRow, int column) {
        List<Optional<CellValue>> row = cells.get(bodyRow);
        return column < row.size() ? row.get(column) : Optional.empty();
    }

    int firstLine() {
        return block.firstLine();
    }
}
