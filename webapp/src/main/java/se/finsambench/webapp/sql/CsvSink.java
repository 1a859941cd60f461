package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Rows as RFC 4180 CSV with a header: comma, dot decimals and ISO dates, so spreadsheets and scripts read it
 * alike. {@code distinctNulls} quotes every non-null value, so an empty string ("") and a NULL (nothing)
 * stay apart — the Parquet export reads them back that way.
 */
public final class CsvSink implements RowSink, AutoCloseable {

    private final Writer out;
    private final boolean distinctNulls;
    private CSVPrinter printer;

    public CsvSink(Writer out, boolean distinctNulls) {
        this.out = out;
        this.distinctNulls = distinctNulls;
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new));
        if (distinctNulls) {
            format.setQuoteMode(QuoteMode.ALL_NON_NULL);
        }
        printer = new CSVPrinter(out, format.get());
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (Object v : values) {
            printer.print(Values.text(v));
        }
        printer.println();
    }

    /** Flushes; the writer stays open, it belongs to the caller (it may be stdout). */
    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.flush();
        }
        out.flush();
    }
}
