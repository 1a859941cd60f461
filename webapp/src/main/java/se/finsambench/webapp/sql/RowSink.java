package se.finsambench.webapp.sql;

import java.io.IOException;
import java.util.List;

/** Where the rows of a query go: written as JSON or CSV up to a byte cap, or kept for a text table. */
public interface RowSink {

    /** Called once, before the first row. */
    void start(List<Column> columns) throws IOException;

    /**
     * One row, values already plain ({@link Values#plain}). False when the row would take the output past its
     * byte cap: it was not written, and no more rows should come.
     */
    boolean row(Object[] values) throws IOException;
}
