package se.finsambench.webapp.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import se.finsambench.webapp.pages.ComparisonService;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.PageData;

/** The JSON twins of the pages: read the filters, call a service, answer in the envelope. */
final class ApiHandlers {

    private final Services s;

    ApiHandlers(Services services) {
        this.s = services;
    }

    void overview(Context ctx) {
        send(ctx, s.overview().overview(Params.year(ctx)));
    }

    void comparison(Context ctx) {
        ComparisonService.Query q = comparisonQuery(ctx);
        sendCached(ctx, "jamforelse|" + q.indicator() + "|" + q.year() + "|" + q.period() + "|" + q.group().param(),
                () -> s.comparison().compare(q));
    }

    static ComparisonService.Query comparisonQuery(Context ctx) {
        return new ComparisonService.Query(Params.text(ctx, "indikator"), Params.year(ctx), Params.period(ctx),
                Group.parse(Params.text(ctx, "grupp")));
    }

    void associations(Context ctx) {
        sendCached(ctx, "forbund", () -> PageData.of(s.directory().all().values().stream().toList()));
    }

    void association(Context ctx) {
        String id = ctx.pathParam("id");
        sendCached(ctx, "forbund|" + id, () -> s.association().page(id));
    }

    void allocation(Context ctx) {
        send(ctx, s.allocation().allocation(Params.text(ctx, "lan"), Params.year(ctx)));
    }

    void nns(Context ctx) {
        send(ctx, s.nns().page(Params.year(ctx), Params.text(ctx, "indikator")));
    }

    void quality(Context ctx) {
        send(ctx, s.quality().page());
    }

    /** A fact by document and line, or an indicator by association, id and period end. */
    void source(Context ctx) {
        String indicator = Params.text(ctx, "indikator");
        if (indicator != null && !indicator.isBlank()) {
            send(ctx, s.source().indicator(Params.text(ctx, "forbund"), indicator, Params.text(ctx, "period")));
        } else {
            send(ctx, s.source().fact(Params.text(ctx, "dok"), Params.integer(ctx, "rad"), Params.text(ctx, "begrepp"),
                    Params.text(ctx, "medlem")));
        }
    }

    void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiHandlers.class.getResourceAsStream("/openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void send(Context ctx, PageData data) {
        ctx.json(Envelope.ok(s.lake(), data));
    }

    /**
     * For the most asked-for answers (the benchmark and the association profile), the JSON itself is cached
     * under the run id beside the data: serialising a 150 kB profile took most of a cached request's time under
     * load. The key holds only the filters the handler read, so it has as many values as the service's own cache
     * (a filter that is wrong throws before anything is kept).
     */
    private void sendCached(Context ctx, String key, Supplier<PageData> data) {
        byte[] body = s.lake().cached("json|" + key, () -> ctx.jsonMapper()
                .toJsonString(Envelope.ok(s.lake(), data.get()), Map.class).getBytes(StandardCharsets.UTF_8));
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }
}
