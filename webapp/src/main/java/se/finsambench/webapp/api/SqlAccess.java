package se.finsambench.webapp.api;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import se.finsambench.webapp.sql.SqlError;

/**
 * The SQL page and API need a token when one is set (Serve sets one when it listens beyond 127.0.0.1). A
 * browser brings it once in the link the server printed ({@code /sql?token=…}) and keeps, in an HttpOnly,
 * SameSite=Strict cookie, not the token but an HMAC of the origin it came to ({@code http://<Host>}) keyed by the
 * token: the cookie opens that origin only, and a page on another port of the same host (which gets the cookie,
 * cookies know no ports) can neither use it there ({@link SameOriginGuard}) nor learn the token from it. Scripts
 * and curl send {@code Authorization: Bearer …}.
 */
final class SqlAccess {

    static final String COOKIE = "finsam_sql";
    private final Optional<String> token;

    SqlAccess(Optional<String> token) {
        this.token = token;
    }

    /** Throws unless the request may use SQL; the page's {@code ?token=} is moved into the cookie. */
    void require(Context ctx) {
        if (token.isEmpty()) {
            return;
        }
        String expected = token.get();
        String given = ctx.queryParam("token");
        if (given != null && ctx.method().name().equals("GET") && matches(given, expected)) {
            Cookie cookie = new Cookie(COOKIE, boundTo(ctx, expected));
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
            return;
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ") && matches(auth.substring(7).trim(), expected)) {
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null && matches(cookie, boundTo(ctx, expected))) {
            return;
        }
        throw new SqlError(SqlError.Kind.UNAUTHORIZED, "SQL-sidan kräver en nyckel eftersom servern nås från andra"
                + " datorer. Öppna länken som servern skrev ut vid start, eller skicka Authorization: Bearer <nyckel>.");
    }

    /** The cookie value for this request's origin. */
    private static String boundTo(Context ctx, String token) {
        String origin = "http://" + String.valueOf(ctx.header("Host")).toLowerCase(java.util.Locale.ROOT);
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(origin.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Constant time, so the token cannot be guessed a character at a time from response times. */
    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
