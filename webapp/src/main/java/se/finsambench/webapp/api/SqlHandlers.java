package se.finsambench.webapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsambench.webapp.sql.Download;
import se.finsambench.webapp.sql.Downloads;
import se.finsambench.webapp.sql.JsonSink;
import se.finsambench.webapp.sql.Outcome;
import se.finsambench.webapp.sql.SavedQueries;
import se.finsambench.webapp.sql.SqlError;
import se.finsambench.webapp.sql.SqlLimits;
import se.finsambench.webapp.sql.SqlWorkbench;

/**
 * The SQL page, {@code POST /api/sql} (JSON, or CSV/Parquet as a download) and saved queries. Thin: the rules
 * live in the sql package; this reads the request, checks the token and writes the answer. A JSON answer is
 * written into a buffer no larger than the byte cap, so a failure half-way is still a clean error answer; a
 * Java heap that runs out on the way is a 413 JSON answer too, never an empty 500.
 */
final class SqlHandlers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Services s;
    private final SqlWorkbench sql;
    private final SqlAccess access;

    SqlHandlers(Services services) {
        this.s = services;
        this.sql = services.sql();
        this.access = new SqlAccess(services.sqlToken());
    }

    void page(Context ctx) {
        access.require(ctx);
        String q = ctx.queryParam("q");
        if (q != null && sql.saved().find(q).isEmpty()) {
            throw new SqlError(SqlError.Kind.NOT_FOUND, "Den sparade frågan " + q + " finns inte.");
        }
        ctx.html(PageShell.render(Page.SQL, s.lake().synthetic()));
    }

    /** The request as JSON: {sql, limit?, timeoutMs?, format?}. */
    record Request(String sql, Long limit, Long timeoutMs, String format) {
    }

    void run(Context ctx) throws IOException {
        access.require(ctx);
        Request r = request(ctx);
        SqlLimits limits = sql.executor().limits();
        try {
            if (r.format().equals("json")) {
                json(ctx, r, limits);
            } else {
                download(ctx, r);
            }
        } catch (OutOfMemoryError e) {
            throw SqlError.outOfMemory();
        }
    }

    private void json(Context ctx, Request r, SqlLimits limits) throws IOException {
        Integer limit = r.limit() == null ? null : (int) Math.min(Integer.MAX_VALUE, r.limit());
        int rows = limits.pageLimit(limit);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
        JsonSink sink = new JsonSink(buffer, limits.pageBytes());
        Outcome o = sql.executor().run(r.sql(), rows, limits.pageBytes(), limits.timeout(r.timeoutMs()), sink);
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("rowCount", o.rows());
        more.put("limit", rows);
        more.put("runId", s.lake().runId());
        sink.finish(o, more);
        ctx.contentType("application/json").result(buffer.toByteArray());
    }

    private void download(Context ctx, Request r) throws IOException {
        try (Download d = sql.downloads().spool(r.sql(), Downloads.Format.parse(r.format()), r.limit(), r.timeoutMs())) {
            ctx.contentType(d.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
            ctx.header("X-Row-Count", Long.toString(d.rows()));
            ctx.header("X-Truncated", Boolean.toString(d.truncated()));
            ctx.header("X-Elapsed-Ms", Long.toString(d.elapsedMs()));
            try (var out = ctx.outputStream()) {
                Files.copy(d.file(), out);
            }
        }
    }

    void schema(Context ctx) {
        access.require(ctx);
        SqlLimits limits = sql.executor().limits();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("rows", sql.schema().relations());
        out.put("examples", sql.examples());
        out.put("limits", Map.of("timeoutMs", limits.timeout().toMillis(), "pageRows", limits.pageRows(),
                "maxPageRows", limits.maxPageRows(), "downloadRows", limits.downloadRows()));
        out.put("runId", s.lake().runId());
        out.put("synthetic", s.lake().synthetic());
        ctx.json(out);
    }

    /** One page of saved queries (?offset=0&limit=100), newest first, without their SQL. */
    void listQueries(Context ctx) {
        access.require(ctx);
        Long offset = number("offset", ctx.queryParam("offset"));
        Long limit = number("limit", ctx.queryParam("limit"));
        SavedQueries.Page page = sql.saved().list(offset == null ? 0 : offset,
                limit == null ? SavedQueries.PAGE_DEFAULT : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, limit)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("rows", page.rows());
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        ctx.json(out);
    }

    void deleteQuery(Context ctx) {
        access.require(ctx);
        String id = ctx.pathParam("id");
        if (!sql.saved().delete(id)) {
            throw new SqlError(SqlError.Kind.NOT_FOUND, "Den sparade frågan " + id + " finns inte.");
        }
        ctx.json(Map.of("ok", true, "deleted", id));
    }

    void query(Context ctx) {
        access.require(ctx);
        String id = ctx.pathParam("id");
        ctx.json(Map.of("ok", true, "query", sql.saved().find(id).orElseThrow(
                () -> new SqlError(SqlError.Kind.NOT_FOUND, "Den sparade frågan " + id + " finns inte."))));
    }

    /** Saves {name, sql} if the SQL would be let through; answers with its id and shareable URL. */
    void saveQuery(Context ctx) throws IOException {
        access.require(ctx);
        JsonNode body = jsonBody(ctx);
        String text = body.path("sql").asText("");
        sql.executor().check(text);
        var saved = sql.saved().save(body.path("name").asText(""), text);
        ctx.status(201).json(Map.of("ok", true, "query", saved, "url", "/sql?q=" + saved.id()));
    }

    private static Request request(Context ctx) {
        String format = ctx.queryParam("format");
        // Only JSON (SameOriginGuard refused other content types): no form can send it from another page.
        JsonNode body = jsonBody(ctx);
        if (!body.isObject()) {
            throw new SqlError(SqlError.Kind.INVALID, "Skicka JSON som {\"sql\": \"SELECT …\"}.");
        }
        Request r = new Request(text(body, "sql"), positive(body, "limit"), positive(body, "timeoutMs"), text(body, "format"));
        if (format == null) {
            format = r.format();
        }
        if (format == null) {
            String accept = ctx.header("Accept");
            format = accept != null && accept.contains("text/csv") ? "csv" : "json";
        }
        return new Request(r.sql(), r.limit(), r.timeoutMs(), format.toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonNode jsonBody(Context ctx) {
        try {
            String body = ctx.body();
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (io.javalin.http.HttpResponseException e) {
            // Javalin refuses a body over the request limit in plain text; the API answers in JSON.
            throw new SqlError(e.getStatus() == 413 ? SqlError.Kind.TOO_LARGE : SqlError.Kind.INVALID,
                    "Begäran är för stor (högst " + se.finsambench.webapp.WebApp.MAX_REQUEST_BYTES / 1024 + " kB).");
        } catch (IOException e) {
            throw new SqlError(SqlError.Kind.INVALID, "Skicka JSON som {\"sql\": \"SELECT …\"}.");
        }
    }

    /** A field of the request that is text when given; anything else is a 400 that names it. */
    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new se.finsambench.webapp.pages.InvalidFilterException(name, name + " ska vara text, inte " + shown(v));
        }
        return v.asText();
    }

    /**
     * A field that must be a whole number from 1 when given (a limit or a time in ms): text, fractions, zero,
     * negative numbers and numbers too large to hold are 400s that name it; a large number within range asks for
     * the server's cap, which the answer states.
     */
    private static Long positive(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1) {
            throw new se.finsambench.webapp.pages.InvalidFilterException(name,
                    name + " ska vara ett heltal från 1 (servern har ett tak), inte " + shown(v));
        }
        return v.asLong();
    }

    private static String shown(JsonNode v) {
        String t = v.toString();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** A URL parameter that must be a whole number; a bad one is a 400 that names it, as on every page. */
    private static Long number(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new se.finsambench.webapp.pages.InvalidFilterException(name, name + " ska vara ett heltal, inte " + v);
        }
    }
}
