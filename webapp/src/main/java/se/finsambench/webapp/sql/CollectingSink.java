package se.finsambench.webapp.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps the rows in memory, for a JSON answer (which the row cap keeps small). */
public final class CollectingSink implements RowSink {

    private List<Column> columns = List.of();
    private final List<List<Object>> rows = new ArrayList<>();

    @Override
    public void start(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(Object[] values) {
        rows.add(Arrays.asList(values));
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }
}
