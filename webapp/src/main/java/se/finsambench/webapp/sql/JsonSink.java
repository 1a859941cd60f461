package se.finsambench.webapp.sql;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as one JSON object, written as they come: {@code {"ok":true,"columns":[{name,type}…],"rows":[[…]…], …}} —
 * the API's answer; {@link #finish} adds {@code truncated}, {@code elapsedMs} and what the caller knows. Each row
 * is serialised on its own first, so a row that would take the rows past {@code maxBytes} is not written at all.
 * Jackson writes NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity", a BLOB as base64 and wide
 * integers (HUGEINT, UBIGINT) as exact numbers.
 */
public final class JsonSink implements RowSink {

    private final OutputStream out;
    private final long maxBytes;
    private long rowBytes;
    private boolean first = true;

    public JsonSink(OutputStream out, long maxBytes) {
        this.out = out;
        this.maxBytes = maxBytes;
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        out.write("{\"ok\":true,\"columns\":".getBytes(StandardCharsets.UTF_8));
        out.write(Json.MAPPER.writeValueAsBytes(columns));
        out.write(",\"rows\":[".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean row(Object[] values) throws IOException {
        byte[] row = Json.MAPPER.writeValueAsBytes(values);
        long size = row.length + (first ? 0 : 1);
        if (rowBytes + size > maxBytes) {
            return false;
        }
        if (!first) {
            out.write(',');
        }
        out.write(row);
        rowBytes += size;
        first = false;
        return true;
    }

    /** Closes the rows and the object with the outcome's fields, then {@code more} (in that order). */
    public void finish(Outcome outcome, Map<String, Object> more) throws IOException {
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("truncated", outcome.truncated());
        if (outcome.truncated()) {
            tail.put("truncatedBy", outcome.cutAtBytes() ? "bytes" : "rows");
        }
        tail.put("elapsedMs", outcome.elapsedMs());
        tail.putAll(more);
        byte[] fields = Json.MAPPER.writeValueAsBytes(tail);
        out.write("],".getBytes(StandardCharsets.UTF_8));
        out.write(fields, 1, fields.length - 1); // the map's own "{" is already open
        out.write('\n');
        out.flush();
    }
}
