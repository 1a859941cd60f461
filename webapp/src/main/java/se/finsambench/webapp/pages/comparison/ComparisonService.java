package se.finsambench.webapp.pages.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationInfo;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.NationalSpreads;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.PeerGroups;
import se.finsambench.webapp.pages.Spread;
import se.finsambench.webapp.pages.nns.NnsWording;

/**
 * Jämförelse: one indicator, one year and one class of period (full year, or half-years ending on the same day),
 * ranked against the national median and quartiles, each association with its last five years beside it and its
 * member municipalities for the map.
 */
public final class ComparisonService {

    static final int TREND_YEARS = 5;

    private final Lake lake;
    private final IndicatorQueries indicators;
    private final AssociationDirectory directory;
    private final NationalSpreads spreads;
    private final PeerGroups peers;
    private final NnsWording wording;

    public ComparisonService(Lake lake, AssociationDirectory directory, NationalSpreads spreads, PeerGroups peers) {
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
        this.directory = directory;
        this.spreads = spreads;
        this.peers = peers;
        this.wording = new NnsWording(lake);
    }

    public PageData compare(ComparisonPage.Filters q) {
        String indicatorId = q.indicator() == null ? "cost_per_participant" : q.indicator();
        IndicatorInfo info = worded(IndicatorCatalog.find(indicatorId).orElseThrow());
        List<Integer> years = indicators.years(q.period());
        int year = q.year() != null ? q.year() : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        List<String> ends = q.period() == Period.HELAR ? List.of("12-31") : indicators.periodEnds(indicatorId, year, q.period());
        String end = q.periodEnd() != null ? q.periodEnd() : ends.isEmpty() ? null : ends.get(0);
        if (q.periodEnd() != null && q.period() == Period.HELAR && !q.periodEnd().equals("12-31")) {
            throw new InvalidFilterException("periodslut", "Ett helår slutar 12-31; periodslut " + q.periodEnd()
                    + " hör till halvår (period=halvar)");
        }
        Set<String> ids = q.group().ids(peers);
        String key = "compare|" + indicatorId + "|" + year + "|" + q.period() + "|" + end + "|" + q.group().param();
        return lake.cached(key, () -> compute(info, year, q.period(), end, ends, q.group(), ids, years));
    }

    private PageData compute(IndicatorInfo info, int year, Period period, String end, List<String> ends, Group group,
                             Set<String> ids, List<Integer> years) {
        String monthDay = period == Period.HELAR ? null : end;
        List<Map<String, Object>> raw = indicators.values(info.id(), year, period, monthDay);
        Spread national = Spread.of(raw.stream().map(r -> (Double) r.get("value")).toList());
        Map<String, AssociationInfo> all = directory.all();
        List<Map<String, Object>> shown = raw.stream().filter(r -> {
            AssociationInfo a = all.get((String) r.get("association_id"));
            return a != null ? group.includes(a, ids) : group.equals(Group.ALL);
        }).toList();
        Comparator<Map<String, Object>> byValue = Comparator.comparingDouble(r -> (Double) r.get("value"));
        List<Map<String, Object>> ranked = new ArrayList<>(shown.stream().filter(r -> r.get("value") != null)
                .sorted(info.better() < 0 ? byValue : byValue.reversed()).toList());
        String periodEnd = end == null ? null : year + "-" + end;
        List<RankedValue> rows = new ArrayList<>();
        int rank = 0;
        for (Map<String, Object> r : ranked) {
            rows.add(row(r, ++rank, national, all, trend(info.id(), year, periodEnd, (String) r.get("association_id"))));
        }
        List<RankedValue> missing = shown.stream().filter(r -> r.get("value") == null)
                .map(r -> row(r, null, national, all, List.of())).toList();
        Spread shownSpread = Spread.of(ranked.stream().map(r -> (Double) r.get("value")).toList());
        return PageData.of(rows)
                .with("filters", ComparisonPage.filters(info.id(), year, period, period == Period.HELAR ? null : end, group))
                .with("indicator", info)
                .with("national", national)
                .with("group", shownSpread)
                .with("groupLabel", group.label(directory))
                .with("missing", missing)
                .with("years", years)
                .with("trendYears", trendYears(year))
                .with("periodEnds", ends)
                .with("indicators", IndicatorCatalog.ordered(indicators.ids()))
                .with("groups", groups(group))
                .with("municipalities", municipalities(rows));
    }

    /** An NNS indicator with what it asks as the reports word it, so the page says it beside the figures. */
    private IndicatorInfo worded(IndicatorInfo info) {
        int n = IndicatorCatalog.nnsNumber(info.id());
        String w = n < 0 ? null : wording.wording().get(n);
        return w == null ? info : new IndicatorInfo(info.id(), info.label(), info.unit(), info.better(), info.inputs(),
                info.help() + ": " + w);
    }

    /** The association's values of the same class of period over the last five years, oldest first (null: none). */
    private List<Double> trend(String indicator, int year, String periodEnd, String associationId) {
        List<Double> out = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            String end = periodEnd == null ? null : y + periodEnd.substring(4);
            Map<String, Double> values = spreads.valuesOf(indicator, y, end);
            out.add(values.get(associationId));
        }
        return out;
    }

    private static List<Integer> trendYears(int year) {
        List<Integer> out = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            out.add(y);
        }
        return out;
    }

    private static RankedValue row(Map<String, Object> r, Integer rank, Spread national, Map<String, AssociationInfo> all,
                                   List<Double> trend) {
        String id = (String) r.get("association_id");
        AssociationInfo a = all.get(id);
        Double value = (Double) r.get("value");
        @SuppressWarnings("unchecked")
        List<String> docs = (List<String>) r.get("doc_ids");
        return new RankedValue(rank, id, a != null ? a.name() : (String) r.get("name"), a != null ? a.county() : null,
                value, (String) r.get("unit"), (String) r.get("quality"), national.quartile(value),
                ((Number) r.get("fiscal_year")).intValue(), (String) r.get("period_end"), docs,
                (Double) r.get("numerator"), (Double) r.get("denominator"), (String) r.get("note"), trend);
    }

    /**
     * Each member municipality with its association, for the map; the page joins the association's value and
     * quartile from the rows (repeating them per municipality had made the map two thirds of the answer).
     */
    private List<Map<String, Object>> municipalities(List<RankedValue> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RankedValue r : rows) {
            for (String m : directory.find(r.associationId()).map(AssociationInfo::members).orElse(List.of())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("municipality", m);
                row.put("code", directory.municipalities().byName(m).map(x -> x.code()).orElse(null));
                row.put("associationId", r.associationId());
                out.add(row);
            }
        }
        return out;
    }

    /** The groups a user can pick, with labels: counties and member counts that occur in the lake. */
    private List<Map<String, String>> groups(Group current) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of("value", "alla", "label", "Alla förbund"));
        TreeSet<String> codes = new TreeSet<>();
        TreeSet<Integer> memberCounts = new TreeSet<>();
        for (AssociationInfo a : directory.all().values()) {
            codes.addAll(a.countyCodes());
            memberCounts.add(a.members().size());
        }
        codes.forEach(c -> out.add(Map.of("value", "lan:" + c, "label", new Group("lan", c).label(directory))));
        for (String s : List.of("liten", "medel", "stor")) {
            out.add(Map.of("value", "storlek:" + s, "label", new Group("storlek", s).label(directory)));
        }
        memberCounts.stream().filter(n -> n > 0)
                .forEach(n -> out.add(Map.of("value", "medlemmar:" + n, "label", new Group("medlemmar", "" + n).label(directory))));
        if (current.kind().equals("liknande") || current.kind().equals("valda")) {
            out.add(Map.of("value", current.param(), "label", current.label(directory)));
        }
        return out;
    }
}
