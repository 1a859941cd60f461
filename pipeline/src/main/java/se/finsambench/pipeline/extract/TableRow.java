package se.finsambench.pipeline.extract;

import java.util.List;

/** One table line: its 1-based line number, the label cell and the cells after it. */
public record TableRow(int line, String label, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean hasValues() {
        return cells.stream().anyMatch(c -> !c.isBlank());
    }
}
