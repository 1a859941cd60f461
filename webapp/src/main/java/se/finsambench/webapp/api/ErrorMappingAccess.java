package se.finsambench.webapp.api;

import io.javalin.Javalin;
import se.finsambench.webapp.lake.Lake;

/** The app factory's way in to the api package's error mapping and headers, which stay package-private. */
public final class ErrorMappingAccess {

    private ErrorMappingAccess() {
    }

    /** Jetty's own answers to requests it cannot parse, as JSON errors. */
    public static org.eclipse.jetty.server.handler.ErrorHandler jettyErrors() {
        return new BadMessages();
    }

    public static void install(Javalin app, Lake lake) {
        app.before(SecurityHeaders::apply);
        ErrorMapping.install(app, lake);
    }
}
