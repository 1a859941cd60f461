package se.finsambench.webapp.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.finsambench.webapp.pages.Page;
import se.finsambench.webapp.pages.PageData;

/** The JSON twins of the pages: read the filters, ask the page for its data, answer in the envelope. */
final class ApiHandlers {

    private final Services s;

    ApiHandlers(Services services) {
        this.s = services;
    }

    /**
     * Every answer's JSON is cached under the run id beside the data, keyed by the page and its filters as parsed
     * (a value object with a stable text form): serialising a 150 kB profile took most of a cached request's time
     * under load. A filter that is wrong throws before anything is kept.
     */
    <F> void page(Context ctx, Page<F> page) {
        F filters = page.filters().apply(Requests.of(ctx));
        byte[] body = s.lake().cached("json|" + page.key() + "|" + filters, () -> json(ctx, page.data().apply(filters)));
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
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
