package se.finsambench.webapp.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeException;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.NotFoundException;
import se.finsambench.webapp.sql.SqlError;

/** The one place exceptions become answers: JSON under /api/, a Swedish HTML page elsewhere. */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(Javalin app, Lake lake) {
        app.exception(NotFoundException.class, (e, ctx) -> answer(ctx, lake, 404, e.getMessage()));
        app.exception(InvalidFilterException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                ctx.attribute("answered", Boolean.TRUE);
                ctx.status(400).json(Envelope.invalid(e.getMessage(), e.parameter()));
            } else {
                answer(ctx, lake, 400, e.getMessage());
            }
        });
        app.exception(SqlError.class, (e, ctx) -> {
            ctx.attribute("answered", Boolean.TRUE);
            ctx.status(e.kind().status);
            if (ctx.path().startsWith("/api/")) {
                ctx.json(Envelope.error(e.kind().status, e.getMessage(), e.kindName()));
            } else {
                answer(ctx, lake, e.kind().status, e.getMessage());
            }
        });
        app.exception(LakeException.class, (e, ctx) -> {
            LOG.error("Lake error on {}: {}", ctx.path(), e.getMessage(), e);
            answer(ctx, lake, 500, "Sjön kunde inte läsas just nu. Försök igen om en stund.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {}", ctx.path(), e);
            answer(ctx, lake, 500, "Ett oväntat fel inträffade.");
        });
        // Routes that do not exist (and methods that are not allowed) end here without an exception.
        app.error(404, ctx -> {
            if (!Boolean.TRUE.equals(ctx.attribute("answered"))) {
                answer(ctx, lake, 404, "Sidan " + ctx.path() + " finns inte.");
            }
        });
        app.error(405, ctx -> answer(ctx, lake, 405, "Metoden " + ctx.method() + " stöds inte här."));
    }

    static void answer(Context ctx, Lake lake, int status, String message) {
        ctx.attribute("answered", Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Envelope.error(status, message));
        } else {
            boolean synthetic;
            try {
                synthetic = lake.synthetic();
            } catch (RuntimeException e) {
                synthetic = false;
            }
            ctx.html(PageShell.error(status, message, synthetic));
        }
    }
}
