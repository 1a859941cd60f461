package se.finsambench.webapp.sql;

import java.io.IOException;
import java.util.List;

/** Where the rows of a query go: collected for a page, written as CSV, JSON or a text table. */
public interface RowSink {

    /** Called once, before the first row. */
    void start(List<Column> columns) throws IOException;

    /** One row, values already plain ({@link Values#plain}). */
    void row(Object[] values) throws IOException;
}
