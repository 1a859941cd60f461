package se.finsambench.webapp.api;

import io.javalin.http.Context;
import se.finsambench.webapp.pages.Request;

/** A Javalin request as the pages read it. */
final class Requests {

    private Requests() {
    }

    static Request of(Context ctx) {
        return new Request(ctx.queryParamMap(), ctx.pathParamMap());
    }
}
