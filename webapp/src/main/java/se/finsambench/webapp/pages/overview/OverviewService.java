package se.finsambench.webapp.pages.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationInfo;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.NationalSpreads;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.PeerGroups;
import se.finsambench.webapp.pages.Spread;

/** Översikt: the national picture for one full year. */
public final class OverviewService {

    private static final int MOVERS = 8;

    private final Lake lake;
    private final IndicatorQueries indicators;
    private final DocumentQueries documents;
    private final NationalSpreads spreads;
    private final AssociationDirectory directory;

    private final PeerGroups peers;

    public OverviewService(Lake lake, NationalSpreads spreads, AssociationDirectory directory, PeerGroups peers) {
        this.peers = peers;
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
        this.documents = new DocumentQueries(lake);
        this.spreads = spreads;
        this.directory = directory;
    }

    public PageData overview(OverviewPage.Filters f) {
        List<Integer> years = indicators.years(Period.HELAR);
        int year = f.year() != null ? f.year() : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        java.util.Set<String> ids = f.group().ids(peers);
        return lake.cached("overview|" + year + "|" + f.group().param(), () -> compute(year, years, f.group(), ids));
    }

    private PageData compute(int year, List<Integer> years, Group group, java.util.Set<String> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorInfo info : IndicatorCatalog.main()) {
            Spread s = spreads.of(info.id(), year, Period.HELAR);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicator", info.id());
            row.put("label", info.label());
            row.put("unit", info.unit());
            row.put("help", info.help());
            row.put("better", info.better());
            row.put("spread", s);
            if (!group.equals(Group.ALL)) {
                // The group's own spread beside the nation's: the same values, only its associations.
                row.put("groupSpread", Spread.of(spreads.values(info.id(), year, Period.HELAR).entrySet().stream()
                        .filter(e -> group.contains(directory, ids).test(e.getKey())).map(Map.Entry::getValue).toList()));
            }
            rows.add(row);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("ar", year);
        filters.put("grupp", group.param());
        return PageData.of(rows)
                .with("groupLabel", group.label(directory))
                .with("filters", filters)
                .with("years", years)
                .with("associations", documents.associationCount(year))
                .with("associationsInLake", directory.all().size())
                .with("documentsByStatus", documents.byStatus(year))
                .with("documentsWithoutYear", documents.rejectedWithoutYear())
                .with("movers", movers(year));
    }

    private List<Mover> movers(int year) {
        List<Mover> all = new ArrayList<>();
        for (IndicatorInfo info : IndicatorCatalog.main()) {
            Map<String, Double> now = spreads.values(info.id(), year, Period.HELAR);
            Map<String, Double> before = spreads.values(info.id(), year - 1, Period.HELAR);
            double scale = spreads.of(info.id(), year, Period.HELAR).scale();
            now.forEach((assoc, to) -> {
                Double from = before.get(assoc);
                if (from != null) {
                    String name = directory.find(assoc).map(AssociationInfo::name).orElse(assoc);
                    all.add(new Mover(assoc, name, info.id(), info.label(), info.unit(), year, from, to, to - from,
                            Math.abs(to - from) / scale));
                }
            });
        }
        all.sort(Comparator.comparingDouble(Mover::scaled).reversed());
        return all.subList(0, Math.min(MOVERS, all.size()));
    }
}
