package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Rows as RFC 4180 CSV with a header, UTF-8: comma, dot decimals and ISO dates, so spreadsheets and scripts read
 * it alike; NaN and ±Infinity as such, a BLOB as {@code \x} and hex. Each row is formatted on its own first, so a
 * row that would take the output past {@code maxBytes} is not written at all. For people
 * ({@code guardFormulas}) a text that starts with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it as a formula; numbers are never changed.
 * {@code distinctNulls} quotes every non-null value, so an empty string ("") and a NULL (nothing) stay apart —
 * the Parquet export reads them back that way.
 */
public final class CsvSink implements RowSink, AutoCloseable {

    private final OutputStream out;
    private final long maxBytes;
    private final boolean distinctNulls;
    private final boolean guardFormulas;
    private final StringBuilder line = new StringBuilder();
    private CSVPrinter printer;
    private long bytes;

    public CsvSink(OutputStream out, long maxBytes, boolean distinctNulls, boolean guardFormulas) {
        this.out = out;
        this.maxBytes = maxBytes;
        this.distinctNulls = distinctNulls;
        this.guardFormulas = guardFormulas;
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new));
        if (distinctNulls) {
            format.setQuoteMode(QuoteMode.ALL_NON_NULL);
        }
        printer = new CSVPrinter(line, format.get());
        byte[] header = line.toString().getBytes(StandardCharsets.UTF_8);
        line.setLength(0);
        bytes = header.length;
        out.write(header);
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        line.setLength(0);
        for (Object v : values) {
            String text = Values.text(v);
            printer.print(guardFormulas && v instanceof String && looksLikeFormula(text) ? "'" + text : text);
        }
        printer.println();
        byte[] row = line.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes + row.length > maxBytes) {
            return false;
        }
        out.write(row);
        bytes += row.length;
        return true;
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Flushes; the stream stays open, it belongs to the caller (it may be stdout). */
    @Override
    public void close() throws IOException {
        out.flush();
    }
}
