package se.finsambench.webapp.pages.association;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.finsambench.webapp.lake.AssociationQueries;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationInfo;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.NationalSpreads;
import se.finsambench.webapp.pages.PageData;
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

    public AssociationService(Lake lake, NationalSpreads spreads, AssociationDirectory directory) {
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
        this.associations = new AssociationQueries(lake);
        this.documents = new DocumentQueries(lake);
        this.spreads = spreads;
        this.directory = directory;
        this.files = new SourceFiles(lake);
        this.wording = new NnsWording(lake);
    }

    public PageData page(String id) {
        AssociationInfo a = directory.require(id);
        return lake.cached("association|" + id, () -> compute(a));
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
                .with("filters", Map.of("id", a.id()));
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
