package se.finsambench.webapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.Param;
import se.finsambench.webapp.pages.Request;
import se.finsambench.webapp.pages.Table;

/**
 * The OpenAPI 3 document, built from the page descriptors: each JSON twin with its parameters, an example answer
 * computed on the served lake with the parameters' examples (so every example exists), and the answer's schema
 * read off that answer; the exports and the document download; the SQL routes from {@code openapi-sql.json}.
 */
final class OpenApi {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows kept in an example answer (the schema is read from all of them). */
    private static final int EXAMPLE_ROWS = 2;

    private OpenApi() {
    }

    static Map<String, Object> document(List<Page<?>> pages, Lake lake, JsonMapper mapper) {
        Map<String, Object> base = resource("/openapi-sql.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> sqlPaths = (Map<String, Object>) base.get("paths");
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Page<?> p : pages) {
            paths.put(p.apiPath(), Map.of("get", operation(p, lake, mapper)));
        }
        paths.put("/api/export/{page}/{file}", Map.of("get", export(pages)));
        paths.put("/api/dokument/{id}/original", Map.of("get", Map.of("summary", "Originalfilen till ett dokument",
                "description", "Filen som dokumentet lästes ur, när den finns på servern (404 annars).",
                "parameters", List.of(parameter(Param.path("id", "Dokument-id", () -> example(pages, "dokument", "id")))),
                "responses", Map.of("200", Map.of("description", "Filen"), "404", error("Dokumentet eller filen finns inte")))));
        paths.putAll(sqlPaths);
        paths.put("/api/openapi.json", Map.of("get", Map.of("summary", "Den här beskrivningen",
                "responses", Map.of("200", Map.of("description", "OpenAPI 3.0")))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openapi", "3.0.3");
        out.put("info", base.get("info"));
        out.put("paths", paths);
        out.put("components", base.get("components"));
        return out;
    }

    private static Map<String, Object> operation(Page<?> p, Lake lake, JsonMapper mapper) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", p.title());
        op.put("description", p.summary() + ". Sidan: " + p.path() + ".");
        op.put("parameters", p.params().stream().map(OpenApi::parameter).toList());
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", "Sidans data i kuvertet {ok, rows, truncated, runId, synthetic, …}");
        try {
            Map<String, String> query = new LinkedHashMap<>();
            Map<String, String> path = new LinkedHashMap<>();
            for (Param param : p.params()) {
                String v = param.example().get();
                if (v != null && !v.isEmpty()) {
                    (param.inPath() ? path : query).put(param.name(), v);
                }
            }
            Map<String, List<String>> q = new LinkedHashMap<>();
            query.forEach((k, v) -> q.put(k, List.of(v)));
            Object answer = Envelope.ok(lake, p.answer(new Request(q, path)));
            JsonNode tree = JSON.readTree(mapper.toJsonString(answer, Map.class));
            ok.put("content", Map.of("application/json", Map.of("schema", schema(tree), "example", shortened(tree))));
        } catch (RuntimeException | IOException e) {
            // A lake without the example's data still gets a description, only without an example answer.
            LOG.info("No example answer for {}: {}", p.apiPath(), e.getMessage());
            ok.put("content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Envelope"))));
        }
        responses.put("200", ok);
        responses.put("400", error("En parameter kan inte användas; parameter säger vilken"));
        responses.put("404", error("Det som adressen namnger finns inte i sjön"));
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> export(List<Page<?>> pages) {
        List<String> keys = new ArrayList<>();
        List<String> files = new ArrayList<>();
        StringBuilder tables = new StringBuilder();
        for (Page<?> p : pages) {
            if (p.tables().isEmpty()) {
                continue;
            }
            keys.add(p.key());
            tables.append(tables.length() == 0 ? "" : "; ").append(p.key()).append(": ");
            tables.append(String.join(", ", p.tables().stream().map(Table::name).toList()));
            p.tables().forEach(t -> files.add(t.name() + ".csv"));
        }
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", "En tabell från en sida som CSV eller Excel");
        op.put("description", "Exakt de rader sidan visar, med sidans egna filter som parametrar (samma som sidans"
                + " JSON-tvilling; sökvägsparametrar som id ges som frågeparametrar). Filnamnet innehåller filtren. Tabeller: "
                + tables + ".");
        op.put("parameters", List.of(
                parameter(Param.path("page", "Sidans nyckel", () -> "jamforelse").oneOf(keys.toArray(String[]::new))),
                parameter(Param.path("file", "Tabellens namn och .csv eller .xlsx", () -> "rangordning.xlsx")),
                parameter(Param.query("dialekt", "string", "CSV: excel (UTF-8 med BOM, semikolon, decimalkomma; standard)"
                        + " eller rfc4180 (komma, decimalpunkt)", () -> "excel").oneOf("excel", "rfc4180"))));
        op.put("responses", Map.of("200", Map.of("description", "Filen", "content", Map.of(
                        "text/csv", Map.of("schema", Map.of("type", "string")),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        Map.of("schema", Map.of("type", "string", "format", "binary")))),
                "400", error("Okänd tabell, format eller filter")));
        return op;
    }

    private static Map<String, Object> parameter(Param p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("in", p.inPath() ? "path" : "query");
        out.put("required", p.inPath());
        out.put("description", p.description());
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", p.type());
        if (!p.values().isEmpty()) {
            schema.put("enum", p.values());
        }
        if (p.pattern() != null) {
            schema.put("pattern", p.pattern());
        }
        out.put("schema", schema);
        try {
            String example = p.example().get();
            if (example != null && !example.isEmpty()) {
                out.put("example", p.type().equals("integer") && example.matches("\\d+") ? Integer.parseInt(example) : example);
            }
        } catch (RuntimeException e) {
            // No example on an empty lake.
        }
        return out;
    }

    private static String example(List<Page<?>> pages, String key, String param) {
        return pages.stream().filter(p -> p.key().equals(key)).flatMap(p -> p.params().stream())
                .filter(x -> x.name().equals(param)).findFirst().map(x -> x.example().get()).orElse("");
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content",
                Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }

    /** A JSON schema that every value in the tree fits: objects by the union of their keys, arrays by their items. */
    static Map<String, Object> schema(JsonNode node) {
        return schema(List.of(node));
    }

    private static Map<String, Object> schema(List<JsonNode> nodes) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<JsonNode> present = nodes.stream().filter(n -> n != null && !n.isNull()).toList();
        boolean nullable = present.size() < nodes.size();
        if (present.isEmpty()) {
            out.put("nullable", true);
            return out;
        }
        JsonNode first = present.get(0);
        if (first.isObject()) {
            out.put("type", "object");
            Map<String, List<JsonNode>> fields = new LinkedHashMap<>();
            for (JsonNode n : present) {
                for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                    fields.computeIfAbsent(it.next(), k -> new ArrayList<>());
                }
            }
            fields.forEach((name, values) -> present.forEach(n -> values.add(n.get(name))));
            Map<String, Object> props = new LinkedHashMap<>();
            fields.forEach((name, values) -> props.put(name, schema(values)));
            out.put("properties", props);
        } else if (first.isArray()) {
            out.put("type", "array");
            List<JsonNode> items = new ArrayList<>();
            present.forEach(n -> n.forEach(items::add));
            out.put("items", schema(items));
        } else if (present.stream().allMatch(JsonNode::isIntegralNumber)) {
            out.put("type", "integer");
        } else if (present.stream().allMatch(JsonNode::isNumber)) {
            out.put("type", "number");
        } else if (present.stream().allMatch(JsonNode::isBoolean)) {
            out.put("type", "boolean");
        } else {
            out.put("type", "string");
        }
        if (nullable) {
            out.put("nullable", true);
        }
        return out;
    }

    /** The answer with every array cut to a few elements, so the document stays small. */
    private static JsonNode shortened(JsonNode node) {
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            for (int i = 0; i < Math.min(EXAMPLE_ROWS, node.size()); i++) {
                out.add(shortened(node.get(i)));
            }
            return out;
        }
        if (node.isObject()) {
            var out = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), shortened(e.getValue())));
            return out;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(String name) {
        try (InputStream in = OpenApi.class.getResourceAsStream(name)) {
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
