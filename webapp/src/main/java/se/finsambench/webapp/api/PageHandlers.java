package se.finsambench.webapp.api;

import io.javalin.http.Context;
import se.finsambench.webapp.pages.Page;

/**
 * Serve a page's HTML shell after reading its filters the way its JSON twin does (an unknown association is a 404
 * page, a bad filter a 400 page), so broken links fail on the server and not as an empty page.
 */
final class PageHandlers {

    private final Services s;

    PageHandlers(Services services) {
        this.s = services;
    }

    void page(Context ctx, Page<?> page) {
        page.filters().apply(Requests.of(ctx));
        show(ctx, se.finsambench.webapp.api.Page.of(page));
    }

    void apiDocs(Context ctx) {
        Requests.of(ctx);
        show(ctx, se.finsambench.webapp.api.Page.API);
    }

    private void show(Context ctx, se.finsambench.webapp.api.Page page) {
        ctx.html(PageShell.render(page, s.lake().synthetic()));
    }
}
