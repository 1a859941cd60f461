package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Garbage in every parameter of every GET route the OpenAPI document lists (which is built from the route table):
 * never a 500, always the JSON envelope, and a control character or an overlong value is a 400 that names the
 * parameter. Every other parameter keeps its example, so each garbage value is the only thing wrong.
 */
class EveryParameterTest extends OnFixtureLake {

    static final List<String> GARBAGE = List.of("\u0000", "x".repeat(400), "2024-13-45", "-1", "99999999999999999999",
            "'; DROP TABLE facts; --", "<script>alert(1)</script>", "../../../etc/passwd", "nns_999", "lan:xx", "ä€😀",
            " ", "1e309", "NaN");

    @Test
    void everyParameterOfEveryRouteAnswersGarbageWithA4xxInTheEnvelope() {
        served((server, client) -> {
            JsonNode paths = get(client, "/api/openapi.json").json().get("paths");
            int sent = 0;
            List<String> failures = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode op = e.getValue().get("get");
                if (op == null || e.getKey().equals("/api/openapi.json")) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>();
                op.path("parameters").forEach(params::add);
                for (JsonNode target : params) {
                    for (String garbage : GARBAGE) {
                        String url = url(e.getKey(), params, target, garbage);
                        var a = get(client, url);
                        sent++;
                        String where = url + " → " + a.status() + " " + a.body();
                        boolean file = a.status() == 200 && (e.getKey().startsWith("/api/export/") || e.getKey().endsWith("/original"));
                        if (a.status() >= 500 || !file && !a.contentType().startsWith("application/json")) {
                            failures.add(where);
                            continue;
                        }
                        if (a.status() >= 400) {
                            JsonNode j = a.json();
                            if (j.path("ok").asBoolean(true) || j.path("error").asText().isBlank()) {
                                failures.add(where);
                            }
                            boolean mustName = garbage.equals("\u0000") || garbage.length() > 300;
                            if (mustName && a.status() == 400 && !target.get("in").asText().equals("path")
                                    && !target.get("name").asText().equals(j.path("parameter").asText())) {
                                failures.add("does not name " + target.get("name") + ": " + where);
                            }
                            if (mustName && a.status() != 400 && !target.get("in").asText().equals("path")) {
                                failures.add("not a 400: " + where);
                            }
                        }
                    }
                }
            }
            System.out.println("Garbage requests sent: " + sent);
            assertTrue(sent > 300, "requests: " + sent);
            assertTrue(failures.isEmpty(), failures.size() + " failed, e.g. " + failures.subList(0, Math.min(5, failures.size())));
        });
    }

    @Test
    void garbageInTheSqlBodiesIsA400() {
        served((server, client) -> {
            for (String body : List.of("", "{", "[]", "{\"sql\": 5}", "{\"sql\": \"\\u0000\"}")) {
                try (var r = client.post("/api/sql", body)) {
                    assertTrue(r.code() >= 400 && r.code() < 500, body + " → " + r.code());
                    assertFalse(r.body().string().contains("Exception"));
                }
            }
            assertEquals(404, get(client, "/api/queries/finns-inte").status());
        });
    }

    /** The route with every parameter at its example, and {@code target} at {@code value}. */
    private static String url(String path, List<JsonNode> params, JsonNode target, String value) {
        StringBuilder query = new StringBuilder();
        String p = path;
        for (JsonNode param : params) {
            String name = param.get("name").asText();
            String v = param == target ? value : param.path("example").asText("");
            if (param.get("in").asText().equals("path")) {
                p = p.replace("{" + name + "}", encode(v.isEmpty() ? "x" : v));
            } else if (!v.isEmpty()) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encode(v));
            }
        }
        return p + query;
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
