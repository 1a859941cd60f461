package se.finsambench.webapp.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
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
        send(ctx, s.comparison().compare(comparisonQuery(ctx)));
    }

    static ComparisonService.Query comparisonQuery(Context ctx) {
        return new ComparisonService.Query(Params.text(ctx, "indikator"), Params.year(ctx), Params.period(ctx),
                Group.parse(Params.text(ctx, "grupp")));
    }

    void associations(Context ctx) {
        send(ctx, PageData.of(s.directory().all().values().stream().toList()));
    }

    void association(Context ctx) {
        send(ctx, s.association().page(ctx.pathParam("id")));
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
}
