package se.finsambench.webapp;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeException;
import se.finsambench.webapp.lake.LakeSettings;
import se.finsambench.webapp.sql.SavedQueries;
import se.finsambench.webapp.sql.SqlLimits;
import se.finsambench.webapp.sql.SqlToken;

/** {@code finsambench serve --lake DIR [--port 7070] [--host 127.0.0.1]}: dashboards and API over a lake. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the dashboards and the JSON API over a published lake (read-only).")
public final class Serve implements Callable<Integer> {

    @Option(names = "--lake", required = true, description = "Lake folder written by `finsambench ingest`.")
    Path lake;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--truth", description = "Ground-truth CSV (gold figures) to compare with on Datakvalitet.")
    Path truth;

    @Option(names = "--memory-limit", defaultValue = "1GB", description = "DuckDB memory limit (default ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Option(names = "--threads", defaultValue = "2", description = "DuckDB threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--sql-token", description = "Token the SQL page and API require. Without one, a token is generated"
            + " and printed when --host is not a loopback address (127.0.0.1, ::1, localhost).")
    String sqlToken;

    @Option(names = "--queries", description = "File for saved SQL queries, outside the lake (default: <lake>.queries.duckdb"
            + " beside the lake folder, so a re-ingest keeps them).")
    Path queries;

    @Option(names = "--sql-timeout", defaultValue = "30s", description = "Longest an ad hoc SQL query may run, e.g. 30s or"
            + " 2m (default ${DEFAULT-VALUE}); clients may ask for less.")
    String sqlTimeout;

    @Option(names = "--host-name", paramLabel = "NAME", description = "A host name the server is reached by besides its"
            + " own names and addresses (a DNS name, a reverse proxy's); repeatable. Requests naming others are refused.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--temp-directory", paramLabel = "DIR", description = "Where DuckDB spills what does not fit in memory"
            + " (never the lake; default: the system's temporary folder).")
    Path tempDirectory;

    @Option(names = "--max-temp-size", defaultValue = LakeSettings.DEFAULT_MAX_TEMP, description = "Most disk DuckDB may"
            + " spill to (default ${DEFAULT-VALUE}).")
    String maxTempSize;

    @Option(names = "--memory-cap", description = "Ceiling on the server's resident memory (default: Java heap + DuckDB"
            + " memory limit + 768 MB).")
    String memoryCap;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Serve()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Lake opened;
        try {
            long cap = memoryCap != null ? MemoryCap.bytes(memoryCap) : MemoryCap.defaultCap(MemoryCap.bytes(memoryLimit));
            String capped = MemoryCap.apply(cap);
            System.err.println(capped != null ? "serve: " + capped : "serve: memory cap " + MemoryCap.megabytes(cap)
                    + " (Java heap " + MemoryCap.megabytes(Runtime.getRuntime().maxMemory()) + ", DuckDB " + memoryLimit + ")");
            opened = Lake.open(lake, new LakeSettings(memoryLimit, threads, Duration.ofSeconds(1),
                    tempDirectory != null ? tempDirectory : LakeSettings.defaultTempRoot(), maxTempSize));
        } catch (LakeException | IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        Optional<String> token = Optional.ofNullable(sqlToken).or(() -> SqlToken.neededFor(host));
        SqlLimits defaults = SqlLimits.defaults();
        WebOptions options;
        try {
            List<String> names = new ArrayList<>(hostNames);
            names.add(host);
            options = new WebOptions(Optional.ofNullable(truth), token, Optional.ofNullable(queries),
                    defaults.withTimeout(SqlToken.duration(sqlTimeout)), names);
            SavedQueries.requireOutside(Optional.ofNullable(queries).orElse(SavedQueries.besideLake(lake)), lake);
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            opened.close();
            return 2;
        }
        Javalin app = WebApp.create(opened, options);
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            System.err.println("serve: " + host + ":" + port + " is in use by another program (choose another with --port)");
            app.stop();
            opened.close();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            opened.close();
            stopped.countDown();
        }));
        System.err.println("Finsam benchmark serves run " + opened.runId() + " on http://" + host + ":" + app.port() + "/");
        token.ifPresent(t -> System.err.println("SQL page (needs the token): http://" + host + ":" + app.port()
                + "/sql?token=" + t + "   API: Authorization: Bearer " + t));
        stopped.await();
        return 0;
    }
}
