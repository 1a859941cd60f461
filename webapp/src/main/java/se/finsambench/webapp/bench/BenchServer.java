package se.finsambench.webapp.bench;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeSettings;
import se.finsambench.webapp.sql.SqlLimits;

/**
 * The web app started in this process as {@code finsambench serve} starts it (same lake settings, same SQL
 * limits, no token on loopback), on a free loopback port. Saved queries go to the work folder, not beside
 * the lake. Each start has a fresh cache, so the first request per page is a real cold one.
 */
final class BenchServer implements AutoCloseable {

    private final Lake lake;
    private final Javalin app;

    private BenchServer(Lake lake, Javalin app) {
        this.lake = lake;
        this.app = app;
    }

    static BenchServer start(Path lakeDir, Path work) {
        Lake lake = Lake.open(lakeDir, new LakeSettings("1GB", 2, Duration.ofSeconds(1)));
        try {
            WebOptions options = new WebOptions(Optional.empty(), Optional.empty(),
                    Optional.of(work.resolve("bench-queries.duckdb")), SqlLimits.defaults());
            Javalin app = WebApp.create(lake, options).start("127.0.0.1", 0);
            return new BenchServer(lake, app);
        } catch (RuntimeException e) {
            lake.close();
            throw e;
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    Lake lake() {
        return lake;
    }

    @Override
    public void close() {
        app.stop();
        lake.close();
    }
}
