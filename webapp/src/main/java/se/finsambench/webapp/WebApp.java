package se.finsambench.webapp;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import se.finsambench.webapp.api.ErrorMappingAccess;
import se.finsambench.webapp.api.Routes;
import se.finsambench.webapp.api.SameOriginGuard;
import se.finsambench.webapp.api.Services;
import se.finsambench.webapp.lake.Lake;

/** Builds the web app over a lake and returns it unstarted, so tests can drive it with JavalinTest. */
public final class WebApp {

    /** Bodies larger than this are refused before a handler sees them. */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;

    private WebApp() {
    }

    public static Javalin create(Lake lake, WebOptions options) {
        Services services = Services.create(lake, options);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Every route is a GET with its state in the URL; nothing needs a large body.
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.router.apiBuilder(Routes.table(services));
            config.jetty.modifyServer(server -> server.setErrorHandler(ErrorMappingAccess.jettyErrors()));
            // The SQL timer thread and the saved-query file are closed with the server.
            config.events.serverStopped(services.sql()::close);
        });
        ErrorMappingAccess.install(app, lake);
        SameOriginGuard.install(app, options.hostNames());
        return app;
    }
}
