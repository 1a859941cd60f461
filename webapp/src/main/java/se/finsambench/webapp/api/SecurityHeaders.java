package se.finsambench.webapp.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every answer. The CSP allows no inline script or style, which is why all JS and CSS are
 * separate static files and data is written with textContent.
 */
final class SecurityHeaders {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
