package se.finsambench.pipeline.extract;

import java.util.List;
import java.util.Optional;

/** A table of contents: section titles each ending in a page number, page numbers rising. */
final class TableOfContents {
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");


    private TableOfContents() {
    }

    static boolean looksLikeOne(TableBlock table) {
        List<TableRow> rows = table.rows();
        if (rows.size() < 3) {
            return false;
        }
        int pages = 0;
        int last = 0;
        boolean rising = true;
        for (TableRow row : rows) {
            Optional<Integer> page = pageNumber(row);
            if (page.isPresent()) {
                pages++;
                rising &= page.get() >= last;
                last = page.get();
            }
        }
        return rising && pages >= 0.7 * rows.size();
    }

    private static Optional<Integer> pageNumber(TableRow row) {
        List<String> cells = row.cells();
        int lastFilled = -1;
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                lastFilled = i;
                break;
            }
        }
        if (lastFilled < 0 || !PAGE_NUMBER.matcher(cells.get(lastFilled)).matches()) {
            return Optional.empty();
        }
        for (int i = 0; i < lastFilled; i++) {
            if (CellValue.parse(cells.get(i)).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(Integer.parseInt(cells.get(lastFilled)));
    }
}
