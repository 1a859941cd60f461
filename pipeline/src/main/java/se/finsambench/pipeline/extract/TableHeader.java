package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A table's resolved header.
 *
 * @param columns    one entry per value cell position (the label cell is not counted)
 * @param bodyStart  index of the first row that holds figures
 * @param scale      the money unit the table declares, or null when it declares none
 * @param period     the period of ENTITY/TOTAL columns (participants tables)
 * @param problem    why the header could not be trusted, or null
 */
public record TableHeader(List<Column> columns, int bodyStart, MoneyScale scale, LocalDate period, String problem) {
    public TableHeader {
        columns = List.copyOf(columns);
    }

    public Column column(int index) {
        return index < columns.size() ? columns.get(index) : Column.ignore("");
    }
}
