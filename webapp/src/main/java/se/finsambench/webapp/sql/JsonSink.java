package se.finsambench.webapp.sql;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows as one JSON object, written as they come: {@code {"columns":[{name,type}…],"rows":[[…]…]}} — the shape of
 * the API's answer; {@link #finish} adds {@code truncated} and {@code elapsedMs} once they are known.
 */
public final class JsonSink implements RowSink {

    private final JsonGenerator json;

    public JsonSink(Writer out) throws IOException {
        this.json = Json.MAPPER.getFactory().createGenerator(out);
    }

    @Override
    public void start(List<Column> columns) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("ok", true);
        json.writeFieldName("columns");
        Json.MAPPER.writeValue(json, columns);
        json.writeArrayFieldStart("rows");
    }

    @Override
    public void row(Object[] values) throws IOException {
        Json.MAPPER.writeValue(json, values);
    }

    public void finish(Outcome outcome) throws IOException {
        json.writeEndArray();
        json.writeBooleanField("truncated", outcome.truncated());
        json.writeNumberField("elapsedMs", outcome.elapsedMs());
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
