package se.finsambench.webapp.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;

/** The JSON twins of the pages: read the filters, ask the page for its data, answer in the envelope. */
final class ApiHandlers {

    private static final AtomicInteger APPS = new AtomicInteger();

    private final Services s;
    /** Several apps may share one lake (and its cache) with other settings (a truth file): a request text is one app's. */
    private final String app = "request|" + APPS.incrementAndGet() + "|";

    ApiHandlers(Services services) {
        this.s = services;
    }

    /**
     * Every answer's JSON is cached under the run id beside the data, keyed by the page and its filters as parsed
     * (a value object with a stable text form): serialising a 150 kB profile took most of a cached request's time
     * under load. A filter that is wrong throws before anything is kept. A request that names only the page's own
     * parameters is also found by its text, so a repeated request skips reading its filters (parsing the query,
     * the checks, the key's text form: a fifth of a cached answer's time, docs/performance.md); other parameter
     * names (which the pages ignore) would let a client fill the cache with texts, so those are always read.
     */
    <F> void page(Context ctx, Page<F> page) {
        byte[] body = onlyOwnParams(ctx, page)
                ? s.lake().cached(app + ctx.path() + '?' + Objects.requireNonNullElse(ctx.queryString(), ""), () -> body(ctx, page))
                : body(ctx, page);
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private <F> byte[] body(Context ctx, Page<F> page) {
        F filters = page.filters().apply(Requests.of(ctx));
        return s.lake().cached("json|" + page.key() + "|" + filters, () -> json(ctx, page.data().apply(filters)));
    }

    private static boolean onlyOwnParams(Context ctx, Page<?> page) {
        String query = ctx.queryString();
        if (query == null) {
            return true;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (page.params().stream().noneMatch(p -> !p.inPath() && p.name().equals(name))) {
                return false;
            }
        }
        return true;
    }

    void openApi(Context ctx) {
        Requests.of(ctx);
        byte[] body = s.lake().cached("json|openapi", () -> ctx.jsonMapper()
                .toJsonString(OpenApi.document(s.pages().all(), s.lake(), ctx.jsonMapper()), Map.class)
                .getBytes(StandardCharsets.UTF_8));
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private byte[] json(Context ctx, PageData data) {
        return ctx.jsonMapper().toJsonString(Envelope.ok(s.lake(), data), Map.class).getBytes(StandardCharsets.UTF_8);
    }
}
