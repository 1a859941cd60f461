package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsambench.webapp.lake.AssociationQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.reference.Municipalities;
import se.finsambench.webapp.reference.Population;

/**
 * Fördelning: how a county's money reaches its associations and member municipalities per working-age
 * inhabitant (20–74, SCB's nearest year), each municipality's share against its population share, Gini and
 * Lorenz over the municipalities, and what an equal per-inhabitant split of the municipal money would change.
 */
public final class AllocationService {

    private final Lake lake;
    private final AssociationQueries queries;
    private final AssociationDirectory directory;

    public AllocationService(Lake lake, AssociationDirectory directory) {
        this.lake = lake;
        this.queries = new AssociationQueries(lake);
        this.directory = directory;
    }

    public PageData allocation(String countyCode, Integer requestedYear) {
        List<Map<String, String>> counties = counties();
        if (countyCode != null && !countyCode.isBlank() && !countyCode.matches("\\d{2}")) {
            throw new InvalidFilterException("lan ska vara en länskod med två siffror, t.ex. 12");
        }
        String county = countyCode != null && !countyCode.isBlank() ? countyCode
                : counties.isEmpty() ? null : counties.get(0).get("value");
        List<Integer> years = queries.contributionYears();
        int year = requestedYear != null ? requestedYear : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        return lake.cached("allocation|" + county + "|" + year, () -> compute(county, year, years, counties));
    }

    private PageData compute(String county, int year, List<Integer> years, List<Map<String, String>> counties) {
        Population population = directory.population();
        Municipalities municipalities = directory.municipalities();
        List<AssociationInfo> inCounty = directory.all().values().stream()
                .filter(a -> county != null && a.countyCodes().contains(county)).toList();
        Map<String, List<Map<String, Object>>> facts = new LinkedHashMap<>();
        for (Map<String, Object> f : queries.contributionsOfYear(year)) {
            facts.computeIfAbsent((String) f.get("association_id"), k -> new ArrayList<>()).add(f);
        }
        List<Map<String, Object>> byAssociation = new ArrayList<>();
        List<Map<String, Object>> parties = new ArrayList<>();
        int referenceYear = 0;
        for (AssociationInfo a : inCounty) {
            double people = 0;
            for (String m : a.members()) {
                Optional<Population.WorkingAge> w = population.workingAge(m, year);
                people += w.map(Population.WorkingAge::people).orElse(0.0);
                referenceYear = Math.max(referenceYear, w.map(Population.WorkingAge::referenceYear).orElse(0));
            }
            Map<String, Object> total = null;
            for (Map<String, Object> f : facts.getOrDefault(a.id(), List.of())) {
                String member = (String) f.get("member");
                if ("contribution_total".equals(f.get("concept"))) {
                    total = f;
                } else if (member != null && member.startsWith("municipality:")) {
                    String name = member.substring("municipality:".length());
                    if (municipalities.byName(name).map(x -> x.countyCode().equals(county)).orElse(false)) {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("municipality", name);
                        p.put("association_id", a.id());
                        p.put("association", a.name());
                        p.put("contribution", f);
                        p.put("people", population.workingAge(name, year).map(Population.WorkingAge::people).orElse(null));
                        parties.add(p);
                    }
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("association_id", a.id());
            row.put("name", a.name());
            row.put("members", a.members());
            row.put("people", people > 0 ? people : null);
            row.put("contribution_total", total);
            Double money = total == null ? null : (Double) total.get("value");
            row.put("per_inhabitant", money == null || people <= 0 ? null : money / people);
            byAssociation.add(row);
        }
        Lorenz lorenz = shares(parties);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("lan", county);
        filters.put("ar", year);
        return PageData.of(parties)
                .with("filters", filters)
                .with("counties", counties)
                .with("years", years)
                .with("associations", byAssociation)
                .with("gini", lorenz.gini())
                .with("lorenz", lorenz.points())
                .with("band", population.band())
                .with("referenceYear", referenceYear == 0 ? null : referenceYear);
    }

    /** Adds shares and the equal-split what-if to each municipality row; returns the Lorenz curve over them. */
    private static Lorenz shares(List<Map<String, Object>> parties) {
        double money = 0;
        double people = 0;
        List<Lorenz.Party> lp = new ArrayList<>();
        for (Map<String, Object> p : parties) {
            Double m = value(p);
            Double n = (Double) p.get("people");
            if (m != null && n != null) {
                money += m;
                people += n;
                lp.add(new Lorenz.Party(m, n));
            }
        }
        for (Map<String, Object> p : parties) {
            Double m = value(p);
            Double n = (Double) p.get("people");
            if (m == null || n == null || money <= 0 || people <= 0) {
                continue;
            }
            double moneyShare = m / money;
            double peopleShare = n / people;
            double equal = money * peopleShare;
            p.put("per_inhabitant", m / n);
            p.put("share", moneyShare * 100);
            p.put("population_share", peopleShare * 100);
            p.put("share_difference", (moneyShare - peopleShare) * 100);
            p.put("equal_split", equal);
            p.put("equal_split_change", equal - m);
        }
        return Lorenz.of(lp);
    }

    private static Double value(Map<String, Object> p) {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) p.get("contribution");
        return f == null ? null : (Double) f.get("value");
    }

    private List<Map<String, String>> counties() {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        directory.all().values().forEach(a -> codes.addAll(a.countyCodes()));
        List<Map<String, String>> out = new ArrayList<>();
        for (String c : codes) {
            out.add(Map.of("value", c, "label", directory.municipalities().county(c).map(x -> x.name()).orElse("Län " + c)));
        }
        return out;
    }
}
