package se.finsambench.webapp.api;

import io.javalin.http.Context;

/**
 * Serve a page's HTML shell after checking what its URL names (an unknown association is a 404 page, a bad
 * filter a 400 page), so broken links fail on the server and not as an empty page.
 */
final class PageHandlers {

    private final Services s;

    PageHandlers(Services services) {
        this.s = services;
    }

    void overview(Context ctx) {
        Params.year(ctx);
        show(ctx, Page.OVERSIKT);
    }

    void comparison(Context ctx) {
        ApiHandlers.comparisonQuery(ctx);
        show(ctx, Page.JAMFORELSE);
    }

    void associations(Context ctx) {
        show(ctx, Page.FORBUND_LISTA);
    }

    void association(Context ctx) {
        s.directory().require(ctx.pathParam("id"));
        show(ctx, Page.FORBUND);
    }

    void allocation(Context ctx) {
        Params.year(ctx);
        show(ctx, Page.FORDELNING);
    }

    void nns(Context ctx) {
        Params.year(ctx);
        show(ctx, Page.NNS);
    }

    void quality(Context ctx) {
        show(ctx, Page.DATAKVALITET);
    }

    void source(Context ctx) {
        show(ctx, Page.KALLA);
    }

    void apiDocs(Context ctx) {
        show(ctx, Page.API);
    }

    private void show(Context ctx, Page page) {
        ctx.html(PageShell.render(page, s.lake().synthetic()));
    }
}
