package se.finsambench.webapp.api;

import io.javalin.http.Context;
import se.finsambench.webapp.lake.Period;
import se.finsambench.webapp.pages.InvalidFilterException;

/** URL filters as the pages and their JSON twins share them, with Swedish messages for bad values. */
final class Params {

    private Params() {
    }

    static Integer year(Context ctx) {
        String v = ctx.queryParam("ar");
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.matches("\\d{4}")) {
            throw new InvalidFilterException("ar ska vara ett årtal, t.ex. 2023, inte " + v);
        }
        return Integer.parseInt(v);
    }

    static Integer integer(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.matches("\\d{1,9}")) {
            throw new InvalidFilterException(name + " ska vara ett heltal, inte " + v);
        }
        return Integer.parseInt(v);
    }

    static Period period(Context ctx) {
        try {
            return Period.parse(ctx.queryParam("period"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilterException(e.getMessage());
        }
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 300) {
            throw new InvalidFilterException(name + " är för lång");
        }
        return v;
    }
}
