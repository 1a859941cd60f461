package se.finsambench.webapp.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.Pages;
import se.finsambench.webapp.pages.quality.Truth;
import se.finsambench.webapp.sql.SavedQueries;
import se.finsambench.webapp.sql.SqlWorkbench;

/** The Javalin-free services behind the handlers, wired once per app: the pages and the SQL workbench. */
public record Services(Lake lake, Pages pages, SqlWorkbench sql, Optional<String> sqlToken) {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    public static Services create(Lake lake, WebOptions options) {
        return new Services(lake, Pages.create(lake, truth(options)),
                SqlWorkbench.create(lake, options.sqlLimits(), new SavedQueries(savedQueryFile(lake, options))),
                options.sqlToken().filter(t -> !t.isBlank()));
    }

    /** The saved-query file: as given, or beside the lake; never inside it (its SQL may read that folder). */
    private static Path savedQueryFile(Lake lake, WebOptions options) {
        Path file = options.queries().orElseGet(() -> SavedQueries.besideLake(lake.dir()));
        SavedQueries.requireOutside(file, lake.dir());
        return file;
    }

    /** A truth file that cannot be read leaves the page without gold matches rather than the app without a start. */
    private static Optional<Truth> truth(WebOptions options) {
        return options.truth().flatMap(path -> {
            try {
                return Optional.of(Truth.read(path));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Ignoring ground truth {}: {}", path, e.getMessage());
                return Optional.empty();
            }
        });
    }
}
