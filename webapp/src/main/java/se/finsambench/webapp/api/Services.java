package se.finsambench.webapp.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.AllocationService;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationService;
import se.finsambench.webapp.pages.ComparisonService;
import se.finsambench.webapp.pages.NationalSpreads;
import se.finsambench.webapp.pages.NnsService;
import se.finsambench.webapp.pages.OverviewService;
import se.finsambench.webapp.pages.QualityService;
import se.finsambench.webapp.pages.SourceService;
import se.finsambench.webapp.pages.Truth;
import se.finsambench.webapp.reference.Municipalities;
import se.finsambench.webapp.reference.Population;
import se.finsambench.webapp.sql.SavedQueries;
import se.finsambench.webapp.sql.SqlWorkbench;

/** The Javalin-free services behind the handlers, wired once per app. */
public record Services(Lake lake, OverviewService overview, ComparisonService comparison, AssociationService association,
                       AllocationService allocation, NnsService nns, QualityService quality, SourceService source,
                       AssociationDirectory directory, SqlWorkbench sql, Optional<String> sqlToken) {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    public static Services create(Lake lake, WebOptions options) {
        AssociationDirectory directory = new AssociationDirectory(lake, Municipalities.bundled(), Population.bundled());
        NationalSpreads spreads = new NationalSpreads(lake);
        return new Services(lake, new OverviewService(lake, spreads, directory), new ComparisonService(lake, directory),
                new AssociationService(lake, spreads, directory), new AllocationService(lake, directory),
                new NnsService(lake, directory), new QualityService(lake, truth(options)), new SourceService(lake), directory,
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
