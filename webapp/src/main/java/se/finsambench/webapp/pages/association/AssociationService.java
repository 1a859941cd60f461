package se.finsambench.webapp.pages.association;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import se.finsambench.webapp.lake.AssociationQueries;
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
import se.finsambench.webapp.pages.SourceFiles;
import se.finsambench.webapp.pages.Spread;
import se.finsambench.webapp.pages.nns.NnsWording;

/** Förbund: one association over time against the national median, its money, insatser, NNS and documents. */
public final class AssociationService {

    private final Lake lake;
    private final IndicatorQueries indicators;
    private final AssociationQueries associations;
    private final DocumentQueries documents;
    private final NationalSpreads spreads;
    private final AssociationDirectory directory;
    private final SourceFiles files;
    private final NnsWording wording;
    private final PeerGroups peers;

    public AssociationService(Lake lake, NationalSpreads spreads, AssociationDirectory directory, PeerGroups peers) {
        this.lake = lake;
        this.peers = peers;
        this.indicators = new IndicatorQueries(lake);
        this.associations = new AssociationQueries(lake);
        this.documents = new DocumentQueries(lake);
        this.spreads = spreads;
        this.directory = directory;
        this.files = new SourceFiles(lake);
        this.wording = new NnsWording(lake);
    }

    public PageData page(AssociationPage.Filters f) {
        AssociationInfo a = directory.require(f.id());
        PageData base = lake.cached("association|" + a.id(), () -> compute(a));
        if (f.group().equals(Group.ALL)) {
            return base;
        }
        Set<String> ids = f.group().ids(peers);
        return lake.cached("association|" + a.id() + "|" + f.group().param(),
                () -> withGroup(base, f.group(), f.group().contains(directory, ids)));
    }

    /**
     * The profile with a comparison group's median beside the national one, for every indicator value and NNS
     * result: the same values the national median is taken over (each association's latest period of the same
     * class), only the group's associations.
     */
    private PageData withGroup(PageData base, Group group, Predicate<String> inGroup) {
        Map<String, Spread> memo = new HashMap<>();
        Function<Map<String, Object>, Double> median = r -> {
            String indicator = (String) r.get("indicator_id");
            int year = ((Number) r.get("fiscal_year")).intValue();
            String periodEnd = (String) r.get("period_end");
            return memo.computeIfAbsent(indicator + "|" + year + "|" + periodEnd, k -> Spread.of(
                    spreads.valuesOf(indicator, year, periodEnd).entrySet().stream().filter(e -> inGroup.test(e.getKey()))
                            .map(Map.Entry::getValue).toList())).median();
        };
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object o : base.rows()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) o);
            row.put("groupMedian", median.apply(row));
            rows.add(row);
        }
        List<Map<String, Object>> nns = new ArrayList<>();
        for (Object o : (List<?>) base.info().get("nns")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) o);
            if (row.get("indicator_id") != null) {
                row.put("groupMedian", median.apply(row));
            }
            nns.add(row);
        }
        PageData out = new PageData(rows, base.truncated(), new LinkedHashMap<>(base.info()));
        return out.with("nns", nns).with("filters", filters(base.info().get("association"), group))
                .with("groupLabel", group.label(directory));
    }

    private PageData compute(AssociationInfo a) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : indicators.forAssociation(a.id())) {
            String indicator = (String) r.get("indicator_id");
            var info = IndicatorCatalog.find(indicator);
            String periodEnd = (String) r.get("period_end");
            int year = ((Number) r.get("fiscal_year")).intValue();
            Period period = Period.of(periodEnd);
            Map<String, Object> row = new LinkedHashMap<>(r);
            row.put("label", info.map(IndicatorInfo::label).orElse(indicator));
            row.put("period", period.param());
            Spread national = spreads.of(indicator, year, periodEnd);
            row.put("nationalMedian", national.median());
            row.put("nationalQ1", national.q1());
            row.put("nationalQ3", national.q3());
            rows.add(row);
        }
        List<Map<String, Object>> docs = files.named(documents.ofAssociation(a.id()));
        return PageData.of(rows)
                .with("association", a)
                .with("indicators", IndicatorCatalog.ordered(rows.stream().map(r -> (String) r.get("indicator_id")).distinct().toList()))
                .with("contributions", associations.contributions(a.id()))
                .with("interventions", interventions(a.id()))
                .with("nns", nns(rows, wording.wording()))
                .with("documents", docs)
                .with("failedChecks", files.named(documents.failedChecks(a.id(), 200)))
                .with("filters", filters(a, Group.ALL));
    }

    /** The profile's filters: its id, and the group when one is chosen (so an export's file name says it). */
    private static Map<String, Object> filters(Object association, Group group) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", ((AssociationInfo) association).id());
        if (!group.equals(Group.ALL)) {
            f.put("grupp", group.param());
        }
        return f;
    }

    /** One row per insats and period: cost, participants and exits side by side, each with its source line. */
    private List<Map<String, Object>> interventions(String id) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        for (Map<String, Object> f : associations.interventions(id)) {
            String name = (String) f.get("name");
            Object year = f.get("fiscal_year");
            String key = name + "|" + (year == null ? "" : f.get("period_end"));
            Map<String, Object> row = byKey.computeIfAbsent(key, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", name);
                m.put("fiscal_year", year);
                m.put("period_end", f.get("period_end"));
                return m;
            });
            if (f.get("concept") != null) {
                Map<String, Object> fact = new LinkedHashMap<>();
                fact.put("value", f.get("value"));
                fact.put("doc_id", f.get("doc_id"));
                fact.put("source_line", f.get("source_line"));
                fact.put("concept", f.get("concept"));
                fact.put("member", "intervention:" + name);
                row.put((String) f.get("concept"), fact);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** NNS indicator results with the national average (value − difference), per year and number. */
    private static List<Map<String, Object>> nns(List<Map<String, Object>> rows, Map<Integer, String> words) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("indicator_id");
            int n = IndicatorCatalog.nnsNumber(id);
            if (n < 0) {
                continue;
            }
            String key = r.get("period_end") + "|" + String.format("%03d", n);
            Map<String, Object> row = out.computeIfAbsent(key, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", n);
                m.put("wording", words.get(n));
                m.put("fiscal_year", r.get("fiscal_year"));
                m.put("period_end", r.get("period_end"));
                return m;
            });
            if (id.endsWith("_vs_national")) {
                row.put("difference", r.get("value"));
            } else {
                row.put("value", r.get("value"));
                row.put("indicator_id", id);
            }
        }
        for (Map<String, Object> row : out.values()) {
            if (row.get("value") instanceof Double v && row.get("difference") instanceof Double d) {
                row.put("national", v - d);
            }
        }
        return new ArrayList<>(out.values());
    }
}
