package se.finsambench.webapp.pages.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import se.finsambench.webapp.lake.AssociationQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.AssociationDirectory;
import se.finsambench.webapp.pages.AssociationInfo;
import se.finsambench.webapp.pages.Group;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.PeerGroups;
import se.finsambench.webapp.pages.Spread;
import se.finsambench.webapp.reference.Municipalities;
import se.finsambench.webapp.reference.Population;

/**
 * Fördelning: all money (state, region, municipalities) that reaches a county's associations, per inhabitant of
 * working age of each association and member municipality (SCB's nearest reference year; 16–64 where that is
 * nearest, else 20–74, named beside every figure), each municipality's share of the municipal money against its
 * population share, Gini and Lorenz over the municipalities, and what a split rule would change.
 */
public final class AllocationService {

    private final Lake lake;
    private final AssociationQueries queries;
    private final AssociationDirectory directory;
    private final PeerGroups peers;
    private final Population population = Population.withStateBand();

    public AllocationService(Lake lake, AssociationDirectory directory, PeerGroups peers) {
        this.lake = lake;
        this.peers = peers;
        this.queries = new AssociationQueries(lake);
        this.directory = directory;
    }

    public PageData allocation(AllocationPage.Filters f) {
        List<Map<String, String>> counties = counties();
        // Without a county, a group built around an association opens on that association's county.
        String county = f.county() != null ? f.county() : f.group().anchor().flatMap(directory::find)
                .flatMap(a -> a.countyCodes().stream().findFirst())
                .orElse(counties.isEmpty() ? null : counties.get(0).get("value"));
        List<Integer> years = queries.contributionYears();
        int year = f.year() != null ? f.year() : years.isEmpty() ? java.time.Year.now().getValue() - 1 : years.get(0);
        Set<String> ids = f.group().ids(peers);
        return lake.cached("allocation|" + county + "|" + year + "|" + f.rule() + "|" + f.group().param(),
                () -> compute(county, year, f.rule(), f.group(), ids, years, counties));
    }

    private PageData compute(String county, int year, SplitRule rule, Group group, Set<String> ids, List<Integer> years,
                             List<Map<String, String>> counties) {
        Map<String, List<Map<String, Object>>> facts = new LinkedHashMap<>();
        for (Map<String, Object> f : queries.contributionsOfYear(year)) {
            facts.computeIfAbsent((String) f.get("association_id"), k -> new ArrayList<>()).add(f);
        }
        List<Map<String, Object>> byAssociation = new ArrayList<>();
        List<Map<String, Object>> parties = new ArrayList<>();
        Reference reference = new Reference();
        for (AssociationInfo a : directory.all().values()) {
            if (county != null && a.countyCodes().contains(county)) {
                byAssociation.add(money(a, facts.getOrDefault(a.id(), List.of()), year, county, reference, parties));
            }
        }
        whatIf(byAssociation, rule, r -> (Double) r.get("local"));
        Lorenz lorenz = shares(parties, rule);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("lan", county);
        filters.put("ar", year);
        filters.put("regel", rule.param);
        filters.put("grupp", group.param());
        List<Map<String, String>> rules = new ArrayList<>();
        for (SplitRule r : SplitRule.values()) {
            rules.add(Map.of("value", r.param, "label", r.label));
        }
        PageData data = PageData.of(parties)
                .with("filters", filters)
                .with("counties", counties)
                .with("years", years)
                .with("rules", rules)
                .with("associations", byAssociation)
                .with("gini", lorenz.gini())
                .with("lorenz", lorenz.points())
                .with("band", reference.bands().isEmpty() ? population.band() : String.join(" och ", reference.bands()))
                .with("referenceYear", reference.years().isEmpty() ? null : reference.years().last())
                .with("referenceYears", new ArrayList<>(reference.years()))
                .with("groupLabel", group.label(directory));
        if (!group.equals(Group.ALL)) {
            data.with("group", groupPart(group.contains(directory, ids), byAssociation, facts, year));
        }
        return data;
    }

    /**
     * A comparison group beside the county: the county's associations in it are marked, and the group's associations
     * (from any county) are listed with all their money per inhabitant, with the median per inhabitant of the group,
     * the county and the nation, so a region sees its associations against similar ones elsewhere.
     */
    private Map<String, Object> groupPart(Predicate<String> inGroup, List<Map<String, Object>> inCounty,
                                          Map<String, List<Map<String, Object>>> facts, int year) {
        inCounty.forEach(r -> r.put("in_group", inGroup.test((String) r.get("association_id"))));
        Reference reference = new Reference();
        List<Map<String, Object>> nation = new ArrayList<>();
        for (AssociationInfo a : directory.all().values()) {
            Map<String, Object> row = money(a, facts.getOrDefault(a.id(), List.of()), year, null, reference, new ArrayList<>());
            row.put("county", a.county());
            nation.add(row);
        }
        List<Map<String, Object>> rows = nation.stream().filter(r -> inGroup.test((String) r.get("association_id"))).toList();
        Map<String, Object> medians = new LinkedHashMap<>();
        medians.put("group", perInhabitant(rows));
        medians.put("county", perInhabitant(inCounty));
        medians.put("nation", perInhabitant(nation));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("perInhabitant", medians);
        return out;
    }

    private static Spread perInhabitant(List<Map<String, Object>> rows) {
        return Spread.of(rows.stream().map(r -> (Double) r.get("per_inhabitant")).toList());
    }

    /**
     * One association's money of the year (state, region, municipalities, the stated total) per inhabitant of its
     * members; its member municipalities in {@code county} (none when null) are added to {@code parties}.
     */
    private Map<String, Object> money(AssociationInfo a, List<Map<String, Object>> facts, int year, String county,
                                      Reference reference, List<Map<String, Object>> parties) {
        Municipalities municipalities = directory.municipalities();
        double people = 0;
        for (String m : a.members()) {
            people += reference.people(m, year);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        double municipal = 0;
        boolean anyMunicipal = false;
        List<Map<String, Object>> own = new ArrayList<>();
        for (Map<String, Object> f : facts) {
            String member = (String) f.get("member");
            if ("contribution_total".equals(f.get("concept"))) {
                row.put("contribution_total", f);
            } else if ("state".equals(member) || "region".equals(member)) {
                row.put(member, f);
            } else if (member != null && member.startsWith("municipality:")) {
                municipal += (Double) f.get("value");
                anyMunicipal = true;
                String name = member.substring("municipality:".length());
                if (county != null && municipalities.byName(name).map(x -> x.countyCode().equals(county)).orElse(false)) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("municipality", name);
                    p.put("code", municipalities.byName(name).map(x -> x.code()).orElse(null));
                    p.put("association_id", a.id());
                    p.put("association", a.name());
                    p.put("contribution", f);
                    Double n = reference.peopleOrNull(name, year);
                    p.put("people", n);
                    p.put("band", reference.bandOf(name, year));
                    own.add(p);
                }
            }
        }
        Double state = value(row.get("state"));
        Double region = value(row.get("region"));
        Double stated = value(row.get("contribution_total"));
        double parts = (state == null ? 0 : state) + (region == null ? 0 : region) + municipal;
        Double total = stated != null ? stated : parts > 0 ? parts : null;
        // Each municipality's share of the association's state and region money, by its inhabitants.
        for (Map<String, Object> p : own) {
            Double n = (Double) p.get("people");
            double shared = (state == null ? 0 : state) + (region == null ? 0 : region);
            if (n != null && people > 0) {
                double all = value(p.get("contribution")) + shared * n / people;
                p.put("all_money", all);
                p.put("all_per_inhabitant", all / n);
            }
        }
        parties.addAll(own);
        row.put("association_id", a.id());
        row.put("name", a.name());
        row.put("members", a.members());
        row.put("people", people > 0 ? people : null);
        row.put("band", reference.band(a.members(), year));
        row.put("municipalities", anyMunicipal ? municipal : null);
        row.put("local", (region == null ? 0 : region) + municipal);
        row.put("total", total);
        row.put("per_inhabitant", total == null || people <= 0 ? null : total / people);
        return row;
    }

    /** The split rule over the region's and municipalities' money of the county's associations (the state's stays). */
    private static void whatIf(List<Map<String, Object>> rows, SplitRule rule, java.util.function.Function<Map<String, Object>, Double> money) {
        List<Map<String, Object>> known = rows.stream().filter(r -> r.get("people") != null && money.apply(r) != null).toList();
        double[] current = known.stream().mapToDouble(money::apply).toArray();
        double[] people = known.stream().mapToDouble(r -> (Double) r.get("people")).toArray();
        double[] split = rule.split(java.util.Arrays.stream(current).sum(), current, people);
        for (int i = 0; i < known.size(); i++) {
            known.get(i).put("what_if", split[i]);
            known.get(i).put("what_if_change", split[i] - current[i]);
        }
    }

    /** Adds shares, the equal split and the rule's what-if to each municipality row; returns the Lorenz curve. */
    private static Lorenz shares(List<Map<String, Object>> parties, SplitRule rule) {
        double money = 0;
        double people = 0;
        List<Lorenz.Party> lp = new ArrayList<>();
        List<Map<String, Object>> known = new ArrayList<>();
        for (Map<String, Object> p : parties) {
            Double m = value(p.get("contribution"));
            Double n = (Double) p.get("people");
            if (m != null && n != null) {
                money += m;
                people += n;
                lp.add(new Lorenz.Party(m, n));
                known.add(p);
            }
        }
        double[] current = known.stream().mapToDouble(p -> value(p.get("contribution"))).toArray();
        double[] inhabitants = known.stream().mapToDouble(p -> (Double) p.get("people")).toArray();
        double[] split = rule.split(money, current, inhabitants);
        for (int i = 0; i < known.size(); i++) {
            Map<String, Object> p = known.get(i);
            double m = current[i];
            double n = inhabitants[i];
            if (money <= 0 || people <= 0) {
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
            p.put("what_if", split[i]);
            p.put("what_if_change", split[i] - m);
        }
        return Lorenz.of(lp);
    }

    private static Double value(Object fact) {
        return fact instanceof Map<?, ?> f ? (Double) f.get("value") : null;
    }

    /** The population figures used, so the page can name their bands and years. */
    private final class Reference {
        private final TreeSet<String> bands = new TreeSet<>();
        private final TreeSet<Integer> years = new TreeSet<>();

        double people(String municipality, int year) {
            Double n = peopleOrNull(municipality, year);
            return n == null ? 0 : n;
        }

        Double peopleOrNull(String municipality, int year) {
            Optional<Population.WorkingAge> w = population.workingAge(municipality, year);
            w.ifPresent(x -> {
                bands.add(x.band());
                years.add(x.referenceYear());
            });
            return w.map(Population.WorkingAge::people).orElse(null);
        }

        String bandOf(String municipality, int year) {
            return population.workingAge(municipality, year).map(w -> w.band() + " år (SCB " + w.referenceYear() + ")")
                    .orElse(null);
        }

        String band(List<String> members, int year) {
            return members.isEmpty() ? null : bandOf(members.get(0), year);
        }

        TreeSet<String> bands() {
            return bands;
        }

        TreeSet<Integer> years() {
            return years;
        }
    }

    private List<Map<String, String>> counties() {
        TreeSet<String> codes = new TreeSet<>();
        directory.all().values().forEach(a -> codes.addAll(a.countyCodes()));
        List<Map<String, String>> out = new ArrayList<>();
        for (String c : codes) {
            out.add(Map.of("value", c, "label", directory.municipalities().county(c).map(x -> x.name()).orElse("Län " + c)));
        }
        return out;
    }
}
