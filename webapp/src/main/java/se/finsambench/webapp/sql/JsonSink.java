package se.finsambench.webapp.sql;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as one JSON object, written as they come: {@code {"ok":true,"columns":[{name,type}…],"rows":[[…]…], …}} —
 * the API's answer; {@link #finish} adds {@code truncated}, {@code elapsedMs} and what the caller knows. Each row
 * is serialised on its own first, so a row that would take the rows past {@code maxBytes} is not written at all —
 * by one generator for the whole answer into a reused buffer (a mapper call per row cost about 2 µs, a
 * millisecond on a page of analyst rows).
 * Jackson writes NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity", a BLOB as base64 and wide
 * integers (HUGEINT, UBIGINT) as exact numbers.
 */
public final class JsonSink implements RowSink {

    private final OutputStream out;
    private final long maxBytes;
    private long rowBytes;
    private boolean first = true;
    private final ByteArrayOutputStream rowBuffer = new ByteArrayOutputStream(256);
    private JsonGenerator generator;

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
        rowBuffer.reset();
        JsonGenerator g = generator();
        g.writeStartArray();
        for (Object v : values) {
            write(g, v);
        }
        g.writeEndArray();
        g.flush();
        long size = rowBuffer.size() + (first ? 0 : 1);
        if (rowBytes + size > maxBytes) {
            return false;
        }
        if (!first) {
            out.write(',');
        }
        rowBuffer.writeTo(out);
        rowBytes += size;
        first = false;
        return true;
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = Json.MAPPER.createGenerator(rowBuffer);
            generator.setRootValueSeparator(null); // rows are separated by the sink, not by a space
        }
        return generator;
    }

    /** The common cell types directly, as their serialisers would write them; any other value through the mapper. */
    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            Json.MAPPER.writeValue(g, v);
        }
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
        if (generator != null) {
            generator.close(); // gives its buffers back to Jackson's pool
        }
        byte[] fields = Json.MAPPER.writeValueAsBytes(tail);
        out.write("],".getBytes(StandardCharsets.UTF_8));
        out.write(fields, 1, fields.length - 1); // the map's own "{" is already open
        out.write('\n');
        out.flush();
    }
}
