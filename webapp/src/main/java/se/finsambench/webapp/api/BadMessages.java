package se.finsambench.webapp.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests Jetty refuses before Javalin sees them (a %00 or an ambiguous segment in the path, a bad header) get
 * the app's JSON error instead of Jetty's HTML page.
 */
final class BadMessages extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        String json = "{\"ok\":false,\"error\":\"Adressen kan inte läsas: den innehåller otillåtna tecken.\","
                + "\"status\":" + status + ",\"parameter\":\"path\"}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
