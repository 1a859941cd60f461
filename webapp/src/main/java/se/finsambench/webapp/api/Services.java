package se.finsambench.webapp.api;

import java.io.IOException;
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

/** The Javalin-free services behind the handlers, wired once per app. */
public record Services(Lake lake, OverviewService overview, ComparisonService comparison, AssociationService association,
                       AllocationService allocation, NnsService nns, QualityService quality, SourceService source,
                       AssociationDirectory directory) {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    public static Services create(Lake lake, WebOptions options) {
        AssociationDirectory directory = new AssociationDirectory(lake, Municipalities.bundled(), Population.bundled());
        NationalSpreads spreads = new NationalSpreads(lake);
        return new Services(lake, new OverviewService(lake, spreads, directory), new ComparisonService(lake, directory),
                new AssociationService(lake, spreads, directory), new AllocationService(lake, directory),
                new NnsService(lake, directory), new QualityService(lake, truth(options)), new SourceService(lake), directory);
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
