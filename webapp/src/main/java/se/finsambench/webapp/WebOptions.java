package se.finsambench.webapp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.finsambench.webapp.sql.SqlLimits;

/**
 * What the app needs besides the lake: an optional ground-truth CSV for the data-quality page; for the SQL
 * workbench a token (required on the SQL page and API when set; {@code Serve} sets one when it listens beyond
 * this machine), the saved-query file (default beside the lake) and the limits; and the host names the server is
 * reached by besides its own (a DNS name, a reverse proxy's), which the same-origin check accepts.
 */
public record WebOptions(Optional<Path> truth, Optional<String> sqlToken, Optional<Path> queries, SqlLimits sqlLimits,
                         List<String> hostNames) {

    public WebOptions(Optional<Path> truth, Optional<String> sqlToken, Optional<Path> queries, SqlLimits sqlLimits) {
        this(truth, sqlToken, queries, sqlLimits, List.of());
    }

    public WebOptions(Optional<Path> truth) {
        this(truth, Optional.empty(), Optional.empty(), SqlLimits.defaults());
    }

    public static WebOptions defaults() {
        return new WebOptions(Optional.empty());
    }
}
