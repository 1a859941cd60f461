package se.finsambench.webapp.pages;

import java.util.List;
import java.util.Optional;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.allocation.AllocationPage;
import se.finsambench.webapp.pages.allocation.AllocationService;
import se.finsambench.webapp.pages.association.AssociationPage;
import se.finsambench.webapp.pages.association.AssociationService;
import se.finsambench.webapp.pages.comparison.ComparisonPage;
import se.finsambench.webapp.pages.comparison.ComparisonService;
import se.finsambench.webapp.pages.document.DocumentPage;
import se.finsambench.webapp.pages.document.DocumentService;
import se.finsambench.webapp.pages.nns.NnsPage;
import se.finsambench.webapp.pages.nns.NnsService;
import se.finsambench.webapp.pages.overview.OverviewPage;
import se.finsambench.webapp.pages.overview.OverviewService;
import se.finsambench.webapp.pages.peers.PeersPage;
import se.finsambench.webapp.pages.quality.QualityPage;
import se.finsambench.webapp.pages.quality.QualityService;
import se.finsambench.webapp.pages.quality.Truth;
import se.finsambench.webapp.pages.source.SourcePage;
import se.finsambench.webapp.pages.source.SourceService;
import se.finsambench.webapp.reference.Municipalities;
import se.finsambench.webapp.reference.Population;

/**
 * Every page of the app over one lake, in menu order, with the services behind them wired once. A new page is
 * one line here, its service and descriptor, its fragment and its script.
 */
public record Pages(List<Page<?>> all, DocumentService documents, AssociationDirectory directory) {

    public static Pages create(Lake lake, Optional<Truth> truth) {
        AssociationDirectory directory = new AssociationDirectory(lake, Municipalities.bundled(), Population.bundled());
        NationalSpreads spreads = new NationalSpreads(lake);
        PeerGroups peers = new PeerGroups(lake, spreads, directory);
        Examples examples = new Examples(lake, directory);
        DocumentService documents = new DocumentService(lake);
        List<Page<?>> pages = List.of(
                OverviewPage.page(new OverviewService(lake, spreads, directory, peers), examples),
                ComparisonPage.page(new ComparisonService(lake, directory, spreads, peers), examples),
                AssociationPage.list(directory, peers, examples),
                AssociationPage.profile(new AssociationService(lake, spreads, directory, peers), directory, examples),
                PeersPage.page(peers, directory, examples),
                AllocationPage.page(new AllocationService(lake, directory, peers), examples),
                NnsPage.page(new NnsService(lake, directory, peers), examples),
                QualityPage.page(new QualityService(lake, truth)),
                SourcePage.page(new SourceService(lake), examples),
                DocumentPage.page(documents, examples));
        return new Pages(pages, documents, directory);
    }

    public Page<?> byKey(String key) {
        return all.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("Det finns ingen sida " + key));
    }
}
