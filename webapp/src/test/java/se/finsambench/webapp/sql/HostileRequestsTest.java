package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.finsambench.webapp.lake.LakeFixture;

/**
 * Requests a hostile web page (or a DNS-rebinding one) can make a browser send: form and text/plain posts,
 * other origins, other ports of the same host, forged Host headers, a token cookie used from elsewhere; and a
 * saved-query store filled until it breaks. Every one gets a 403 JSON answer or a bounded, paged store.
 */
class HostileRequestsTest {

    static Path dir;
    static SqlServer server;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("finsam-sql-requests-");
        server = new SqlServer(LakeFixture.build(dir.resolve("lake")), dir.resolve("lake.queries.duckdb"), Optional.empty(),
                SqlLimits.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String origin(SqlServer s) {
        return "http://127.0.0.1:" + s.app.port();
    }

    private static int savedCount() {
        return server.get("/api/queries?limit=1", Map.of()).json().path("total").asInt(-1);
    }

    private static void assertCrossSite(SqlServer.Answer a, String what) {
        assertEquals(403, a.status(), what + " → " + a.body());
        assertEquals("cross_site", a.json().path("kind").asText(), what + " → " + a.body());
        assertTrue(a.json().path("error").asText().matches("(?s).*[åäöÅÄÖ].*"), "a Swedish message: " + a.body());
    }

    @Test
    void aTextPlainOrFormPostFromAnotherPageIsRefused() throws Exception {
        int before = savedCount();
        String json = "{\"name\":\"x\",\"sql\":\"SELECT 1\"}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            assertCrossSite(raw(server, "POST", "/api/queries", type, json, Map.of()), "queries as " + type);
            assertCrossSite(raw(server, "POST", "/api/sql", type, "sql=SELECT+1", Map.of()), "sql as " + type);
        }
        assertCrossSite(raw(server, "POST", "/api/sql", null, "{\"sql\":\"SELECT 1\"}", Map.of()), "no content type");
        assertEquals(before, savedCount(), "nothing was saved");
    }

    @Test
    void anotherOriginOrAnotherPortOfTheSameHostIsRefused() {
        Map<String, Object> body = Map.of("sql", "SELECT 1");
        assertCrossSite(server.post("/api/sql", body, Map.of("Origin", "http://evil.example")), "evil origin");
        assertCrossSite(server.post("/api/sql", body, Map.of("Origin", "http://127.0.0.1:1")), "other port");
        assertCrossSite(server.post("/api/sql", body, Map.of("Origin", "null")), "opaque origin");
        assertCrossSite(server.post("/api/sql", body, Map.of("Sec-Fetch-Site", "cross-site")), "cross-site fetch");
        assertCrossSite(server.post("/api/sql", body, Map.of("Sec-Fetch-Site", "same-site")), "same-site fetch");
        assertCrossSite(server.post("/api/queries", Map.of("name", "x", "sql", "SELECT 1"),
                Map.of("Origin", "http://localhost:1")), "save from other port");
        assertEquals(200, server.post("/api/sql", body, Map.of("Origin", origin(server))).status(), "the page itself");
        assertEquals(200, server.post("/api/sql", body, Map.of("Sec-Fetch-Site", "same-origin")).status());
        assertEquals(200, server.sql("SELECT 1").status(), "curl and scripts send neither");
    }

    @Test
    void aForgedHostHeaderIsRefusedAsInDnsRebinding() throws Exception {
        String port = ":" + server.app.port();
        assertCrossSite(raw(server, "POST", "/api/sql", "application/json", "{\"sql\":\"SELECT 1\"}",
                Map.of("Host", "evil.example" + port)), "POST with a forged host");
        assertCrossSite(raw(server, "GET", "/api/queries", null, null, Map.of("Host", "evil.example" + port)), "list");
        assertCrossSite(raw(server, "GET", "/api/sql/schema", null, null, Map.of("Host", "rebind.evil.example")), "schema");
        assertEquals(200, raw(server, "GET", "/api/queries", null, null, Map.of("Host", "localhost" + port)).status());
        assertEquals(200, raw(server, "GET", "/api/queries", null, null, Map.of("Host", "127.0.0.1" + port)).status());
    }

    @Test
    void theTokenCookieIsBoundToTheOriginThatGotIt() throws Exception {
        try (SqlServer locked = new SqlServer(server.lake, dir.resolve("locked.queries.duckdb"), Optional.of("hemlig"),
                SqlLimits.defaults())) {
            SqlServer.Answer page = locked.get("/sql?token=hemlig", Map.of());
            assertEquals(200, page.status());
            String setCookie = page.headers().firstValue("Set-Cookie").orElse("");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String value = cookie.substring(cookie.indexOf('=') + 1);
            assertNotEquals("hemlig", value, "the cookie is not the token itself");
            Map<String, Object> body = Map.of("sql", "SELECT 1");
            assertEquals(200, locked.post("/api/sql", body, Map.of("Cookie", cookie, "Origin", origin(locked))).status());
            assertCrossSite(locked.post("/api/sql", body, Map.of("Cookie", cookie, "Origin", "http://127.0.0.1:1")),
                    "cookie from a page on another port");
            assertCrossSite(locked.post("/api/queries", Map.of("name", "x", "sql", "SELECT 1"),
                    Map.of("Cookie", cookie, "Sec-Fetch-Site", "same-site")), "save from the same site");
            assertEquals(401, locked.post("/api/sql", body, Map.of("Authorization", "Bearer " + value)).status(),
                    "the cookie is no bearer token");
            String port = ":" + locked.app.port();
            assertEquals(401, raw(locked, "GET", "/api/queries", null, null, Map.of("Host", "localhost" + port,
                    "Cookie", cookie)).status(), "a cookie got on 127.0.0.1 does not open localhost");
            assertEquals(200, raw(locked, "GET", "/api/queries", null, null, Map.of("Host", "127.0.0.1" + port,
                    "Cookie", cookie)).status());
        }
    }

    @Test
    void aSavedQueryIsLimitedInSizeAndTheStoreInTotal() {
        SqlServer.Answer big = server.post("/api/queries", Map.of("name", "stor", "sql",
                "SELECT '" + "x".repeat(64 * 1024) + "' AS x"), Map.of());
        assertEquals(413, big.status(), big.body().substring(0, Math.min(300, big.body().length())));
        assertEquals("too_large", big.json().path("kind").asText());

        String filler = "SELECT '" + "y".repeat(SavedQueries.MAX_SQL_CHARS - 20) + "' AS y";
        int saved = 0;
        SqlServer.Answer last = null;
        for (int i = 0; i < 10_000; i++) {
            last = server.post("/api/queries", Map.of("name", "fyllnad " + i, "sql", filler), Map.of());
            if (last.status() != 201) {
                break;
            }
            saved++;
        }
        assertTrue(saved > 10 && saved < 10_000, saved + " saved before the store was full");
        assertEquals(507, last.status(), last.body());
        assertEquals("full", last.json().path("kind").asText());

        long t0 = System.nanoTime();
        SqlServer.Answer list = server.get("/api/queries", Map.of());
        assertEquals(200, list.status());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "the list stays quick");
        JsonNode rows = list.json().path("rows");
        assertEquals(SavedQueries.PAGE_DEFAULT, rows.size(), "one page, not every query");
        assertFalse(rows.get(0).has("sql"), "the list carries no bodies");
        assertTrue(list.body().length() < 100_000, list.body().length() + " bytes");
        assertTrue(list.json().path("total").asInt() >= saved);

        JsonNode second = server.get("/api/queries?offset=" + SavedQueries.PAGE_DEFAULT + "&limit=5", Map.of()).json();
        assertEquals(5, second.path("rows").size());
        Set<String> firstIds = new HashSet<>();
        rows.forEach(r -> firstIds.add(r.path("id").asText()));
        second.path("rows").forEach(r -> assertFalse(firstIds.contains(r.path("id").asText()), "pages do not overlap"));
        assertEquals(400, server.get("/api/queries?limit=x", Map.of()).status());
        assertEquals(400, server.get("/api/queries?offset=-1", Map.of()).status());

        // Deleting makes room again.
        String id = rows.get(0).path("id").asText();
        assertCrossSite(server.delete("/api/queries/" + id, Map.of("Origin", "http://evil.example")), "delete cross-site");
        assertEquals(200, server.delete("/api/queries/" + id, Map.of()).status());
        assertEquals(404, server.get("/api/queries/" + id, Map.of()).status());
        assertEquals(404, server.delete("/api/queries/" + id, Map.of()).status());
        assertEquals(201, server.post("/api/queries", Map.of("name", "efter", "sql", "SELECT 1"), Map.of()).status());
    }

    record Raw(int status, String body) {
        JsonNode json() {
            try {
                return SqlServer.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static void assertCrossSite(Raw a, String what) {
        assertCrossSite(new SqlServer.Answer(a.status(), a.body(), java.net.http.HttpHeaders.of(Map.of(), (k, v) -> true)), what);
    }

    /** Plain HTTP/1.1 over a socket: the JDK's client will not send a Host header of our choosing. */
    static Raw raw(SqlServer s, String method, String path, String contentType, String body, Map<String, String> headers)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.app.port())) {
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            head.append("Host: ").append(headers.getOrDefault("Host", "127.0.0.1:" + s.app.port())).append("\r\n");
            headers.forEach((k, v) -> {
                if (!k.equals("Host")) {
                    head.append(k).append(": ").append(v).append("\r\n");
                }
            });
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            // Bytes as ISO-8859-1 characters one to one, so chunk sizes count right; the body is UTF-8.
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(answer.substring(9, 12));
            String rest = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            String bodyText = dechunk(rest, answer.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked"));
            return new Raw(status, new String(bodyText.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String dechunk(String body, boolean chunked) {
        if (!chunked) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
