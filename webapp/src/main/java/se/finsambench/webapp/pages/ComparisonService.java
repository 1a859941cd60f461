package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;

/** Jämförelse: one indicator, one year and period kind, ranked, against the national median and quartiles. */
public final class ComparisonService {

    public record Query(String indicator, Integer year, Period period, Group group) {
    }

    private final Lake lake;
    private final IndicatorQueries indicators;
    private final AssociationDirectory directory;

    public ComparisonService(Lake lake, AssociationDirectory directory) {
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
        this.directory = directory;
    }

    public PageData compare(Query q) {
        String indicatorId = q.indicator() == null || q.indicator().isBlank() ? "cost_per_participant" : q.indicator();
        IndicatorInfo info = IndicatorCatalog.find(indicatorId)
                .orElseThrow(() -> new InvalidFilterException("Okänd indikator: " + indicatorId));
        List<Integer> years = indicators.years(q.period());
        int year = q.year() != null ? q.year() : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        String key = "compare|" + indicatorId + "|" + year + "|" + q.period() + "|" + q.group().param();
        return lake.cached(key, () -> compute(info, year, q.period(), q.group(), years));
    }

    private PageData compute(IndicatorInfo info, int year, Period period, Group group, List<Integer> years) {
        List<Map<String, Object>> raw = indicators.values(info.id(), year, period);
        Spread national = Spread.of(raw.stream().map(r -> (Double) r.get("value")).toList());
        Map<String, AssociationInfo> all = directory.all();
        List<Map<String, Object>> shown = raw.stream().filter(r -> {
            AssociationInfo a = all.get((String) r.get("association_id"));
            return a != null ? group.includes(a) : group.equals(Group.ALL);
        }).toList();
        Comparator<Map<String, Object>> byValue = Comparator.comparingDouble(r -> (Double) r.get("value"));
        List<Map<String, Object>> ranked = new ArrayList<>(shown.stream().filter(r -> r.get("value") != null)
                .sorted(info.better() < 0 ? byValue : byValue.reversed()).toList());
        List<RankedValue> rows = new ArrayList<>();
        int rank = 0;
        for (Map<String, Object> r : ranked) {
            rows.add(row(r, ++rank, national, all));
        }
        List<RankedValue> missing = shown.stream().filter(r -> r.get("value") == null)
                .map(r -> row(r, null, national, all)).toList();
        Spread shownSpread = Spread.of(ranked.stream().map(r -> (Double) r.get("value")).toList());
        return PageData.of(rows)
                .with("filters", filters(info.id(), year, period, group))
                .with("indicator", info)
                .with("national", national)
                .with("group", shownSpread)
                .with("missing", missing)
                .with("years", years)
                .with("indicators", IndicatorCatalog.ordered(indicators.ids()))
                .with("groups", groups());
    }

    private static RankedValue row(Map<String, Object> r, Integer rank, Spread national, Map<String, AssociationInfo> all) {
        String id = (String) r.get("association_id");
        AssociationInfo a = all.get(id);
        Double value = (Double) r.get("value");
        @SuppressWarnings("unchecked")
        List<String> docs = (List<String>) r.get("doc_ids");
        return new RankedValue(rank, id, a != null ? a.name() : (String) r.get("name"), a != null ? a.county() : null,
                value, (String) r.get("unit"), (String) r.get("quality"), national.quartile(value),
                ((Number) r.get("fiscal_year")).intValue(), (String) r.get("period_end"), docs,
                (Double) r.get("numerator"), (Double) r.get("denominator"), (String) r.get("note"));
    }

    static Map<String, Object> filters(String indicator, int year, Period period, Group group) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("indikator", indicator);
        f.put("ar", year);
        f.put("period", period.param());
        f.put("grupp", group.param());
        return f;
    }

    /** The groups a user can pick, with labels: counties and member counts that occur in the lake. */
    private List<Map<String, String>> groups() {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of("value", "alla", "label", "Alla förbund"));
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> memberCounts = new java.util.TreeSet<>();
        for (AssociationInfo a : directory.all().values()) {
            codes.addAll(a.countyCodes());
            memberCounts.add(a.members().size());
        }
        for (String c : codes) {
            String name = directory.municipalities().county(c).map(x -> x.name()).orElse("Län " + c);
            out.add(Map.of("value", "lan:" + c, "label", name));
        }
        for (String s : List.of("liten", "medel", "stor")) {
            out.add(Map.of("value", "storlek:" + s, "label", "Storlek: " + s + " (" + AssociationDirectory.SIZE_CLASSES.get(s) + ")"));
        }
        for (int n : memberCounts) {
            if (n > 0) {
                out.add(Map.of("value", "medlemmar:" + n, "label", n + (n == 1 ? " medlemskommun" : " medlemskommuner")));
            }
        }
        return out;
    }
}
