package se.finsambench.webapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import se.finsambench.webapp.sql.CollectingSink;
import se.finsambench.webapp.sql.Download;
import se.finsambench.webapp.sql.Downloads;
import se.finsambench.webapp.sql.Outcome;
import se.finsambench.webapp.sql.SqlError;
import se.finsambench.webapp.sql.SqlLimits;
import se.finsambench.webapp.sql.SqlWorkbench;

/**
 * The SQL page, {@code POST /api/sql} (JSON, or CSV/Parquet as a download) and saved queries. Thin: the rules
 * live in the sql package; this reads the request, checks the token and writes the answer.
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

    /** The request as JSON ({sql, limit?, timeoutMs?, format?}) or a form post from the page's download buttons. */
    record Request(String sql, Long limit, Long timeoutMs, String format) {
    }

    void run(Context ctx) throws IOException {
        access.require(ctx);
        Request r = request(ctx);
        SqlLimits limits = sql.executor().limits();
        if (r.format().equals("json")) {
            CollectingSink sink = new CollectingSink();
            Integer limit = r.limit() == null ? null : (int) Math.min(Integer.MAX_VALUE, r.limit());
            int rows = limits.pageLimit(limit);
            Outcome o = sql.executor().run(r.sql(), rows, limits.timeout(r.timeoutMs()), sink);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", true);
            out.put("columns", o.columns());
            out.put("rows", sink.rows());
            out.put("truncated", o.truncated());
            out.put("elapsedMs", o.elapsedMs());
            out.put("rowCount", o.rows());
            out.put("limit", rows);
            out.put("runId", s.lake().runId());
            ctx.json(out);
            return;
        }
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

    void listQueries(Context ctx) {
        access.require(ctx);
        ctx.json(Map.of("ok", true, "rows", sql.saved().list()));
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

    private static Request request(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        String format = ctx.queryParam("format");
        Request r;
        // curl -d sends a form content type even for JSON; the body's first character decides.
        boolean json = ctx.body().stripLeading().startsWith("{");
        if (!json && (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data"))) {
            r = new Request(ctx.formParam("sql"), number(ctx.formParam("limit")), number(ctx.formParam("timeoutMs")),
                    ctx.formParam("format"));
        } else {
            JsonNode body = jsonBody(ctx);
            r = new Request(body.path("sql").isTextual() ? body.get("sql").asText() : null,
                    body.path("limit").canConvertToLong() ? body.get("limit").asLong() : null,
                    body.path("timeoutMs").canConvertToLong() ? body.get("timeoutMs").asLong() : null,
                    body.path("format").isTextual() ? body.get("format").asText() : null);
        }
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
        } catch (IOException e) {
            throw new SqlError(SqlError.Kind.INVALID, "Skicka JSON som {\"sql\": \"SELECT …\"}.");
        }
    }

    private static Long number(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new SqlError(SqlError.Kind.INVALID, "Ett heltal väntades, inte " + v);
        }
    }
}
