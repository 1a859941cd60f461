package se.finsambench.webapp.pages.nns;

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
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.PeerGroups;

/** NNS-indikatorer: every association's NNS results against the national average, as a heat map and rankings. */
public final class NnsService {

    private final Lake lake;
    private final IndicatorQueries indicators;
    private final AssociationDirectory directory;

    private final NnsWording wording;
    private final PeerGroups peers;

    public NnsService(Lake lake, AssociationDirectory directory, PeerGroups peers) {
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
        this.directory = directory;
        this.wording = new NnsWording(lake);
        this.peers = peers;
    }

    public PageData page(NnsPage.Filters f) {
        Integer requestedYear = f.year();
        String requestedIndicator = f.indicator();
        Group group = f.group();
        TreeSet<Integer> numbers = new TreeSet<>();
        indicators.ids().forEach(id -> {
            if (IndicatorCatalog.nnsNumber(id) >= 0) {
                numbers.add(IndicatorCatalog.nnsNumber(id));
            }
        });
        String indicator = requestedIndicator == null || requestedIndicator.isBlank()
                ? (numbers.isEmpty() ? "nns_1" : "nns_" + numbers.first()) : requestedIndicator;
        if (IndicatorCatalog.nnsNumber(indicator) < 0 || indicator.endsWith("_vs_national")) {
            throw new InvalidFilterException("indikator", "indikator ska vara nns_<nummer>, t.ex. nns_1");
        }
        List<Integer> years = lake.cached("nns.years", () -> lake.query("SELECT DISTINCT fiscal_year AS y FROM indicators"
                + " WHERE indicator_id LIKE 'nns\\_%' ESCAPE '\\' ORDER BY y DESC")
                .stream().map(r -> ((Number) r.get("y")).intValue()).toList());
        int year = requestedYear != null ? requestedYear : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        Set<String> ids = group.ids(peers);
        return lake.cached("nns|" + year + "|" + indicator + "|" + group.param(),
                () -> compute(year, indicator, numbers, years, group, ids));
    }

    private PageData compute(int year, String indicator, TreeSet<Integer> numbers, List<Integer> years, Group group,
                             Set<String> ids) {
        Map<Integer, String> words = wording.wording();
        List<Map<String, Object>> cells = new ArrayList<>();
        List<String> associations = new ArrayList<>();
        for (int n : numbers) {
            Map<String, Map<String, Object>> own = byAssociation(indicators.values("nns_" + n, year, Period.HELAR));
            Map<String, Map<String, Object>> diff = byAssociation(indicators.values("nns_" + n + "_vs_national", year, Period.HELAR));
            for (var e : own.entrySet()) {
                AssociationInfo a = directory.find(e.getKey()).orElse(null);
                if (a == null ? !group.equals(Group.ALL) : !group.includes(a, ids)) {
                    continue;
                }
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("number", n);
                cell.put("association_id", e.getKey());
                cell.put("name", directory.find(e.getKey()).map(AssociationInfo::name).orElse(e.getKey()));
                cell.put("value", e.getValue().get("value"));
                cell.put("period_end", e.getValue().get("period_end"));
                Map<String, Object> d = diff.get(e.getKey());
                Double difference = d == null ? null : (Double) d.get("value");
                cell.put("difference", difference);
                cell.put("national", difference == null || e.getValue().get("value") == null ? null
                        : (Double) e.getValue().get("value") - difference);
                cells.add(cell);
                if (!associations.contains(e.getKey())) {
                    associations.add(e.getKey());
                }
            }
        }
        int selected = IndicatorCatalog.nnsNumber(indicator);
        List<Map<String, Object>> ranking = new ArrayList<>(cells.stream()
                .filter(c -> (int) c.get("number") == selected && c.get("value") != null)
                .sorted(Comparator.comparingDouble((Map<String, Object> c) -> (Double) c.get("value")).reversed()).toList());
        for (int i = 0; i < ranking.size(); i++) {
            ranking.get(i).put("rank", i + 1);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("ar", year);
        filters.put("indikator", indicator);
        filters.put("grupp", group.param());
        List<Map<String, Object>> numberInfo = new ArrayList<>();
        for (int n : numbers) {
            numberInfo.add(Map.of("number", n, "wording", words.getOrDefault(n, "")));
        }
        return PageData.of(ranking)
                .with("wording", numberInfo)
                .with("definition", wording.definition())
                .with("national", wording.nationalByYear())
                .with("groupLabel", group.label(directory))
                .with("filters", filters)
                .with("years", years)
                .with("numbers", new ArrayList<>(numbers))
                .with("associations", associations.stream().map(id -> Map.of("id", id,
                        "name", directory.find(id).map(AssociationInfo::name).orElse(id))).toList())
                .with("cells", cells);
    }

    private static Map<String, Map<String, Object>> byAssociation(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r.get("association_id"), r));
        return out;
    }
}
