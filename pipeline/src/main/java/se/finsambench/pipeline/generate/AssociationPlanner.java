package se.finsambench.pipeline.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import se.finsambench.pipeline.generate.HouseStyle.AnnualLayout;

/**
 * Groups the real municipalities into fictional associations: with 21 or more associations every
 * county has at least one and the rest follow the number of municipalities per county; with fewer,
 * the counties are drawn and each association takes a few neighbouring municipalities.
 */
final class AssociationPlanner {

    private AssociationPlanner() {
    }

    static List<Association> plan(GeneratorSettings settings, List<ReferenceMunicipality> reference, Random random) {
        Map<String, List<ReferenceMunicipality>> byCounty = new TreeMap<>();
        reference.forEach(m -> byCounty.computeIfAbsent(m.countyCode(), k -> new ArrayList<>()).add(m));
        Map<String, Integer> perCounty = allocate(settings.associations(), byCounty, random);
        FictionalNames names = new FictionalNames(random, reference.stream().map(ReferenceMunicipality::name).toList());
        List<Association> out = new ArrayList<>();
        List<Integer> orgNumbers = orgNumbers(random, settings.associations());
        for (Map.Entry<String, Integer> e : perCounty.entrySet()) {
            List<ReferenceMunicipality> county = byCounty.get(e.getKey());
            List<List<ReferenceMunicipality>> groups = split(county, e.getValue(), settings.associations() < byCounty.size(), random);
            for (List<ReferenceMunicipality> group : groups) {
                out.add(association(group, names.next(), orgNumbers.get(out.size()), settings, random));
            }
        }
        return out;
    }

    private static Map<String, Integer> allocate(int n, Map<String, List<ReferenceMunicipality>> byCounty, Random random) {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> counties = new ArrayList<>(byCounty.keySet());
        if (n < counties.size()) {
            Collections.shuffle(counties, random);
            counties.subList(0, n).stream().sorted().forEach(c -> out.put(c, 1));
            return out;
        }
        int total = byCounty.values().stream().mapToInt(List::size).sum();
        int extra = n - counties.size();
        Map<String, Double> remainders = new LinkedHashMap<>();
        int given = 0;
        for (String c : counties) {
            double share = (double) extra * byCounty.get(c).size() / total;
            int whole = Math.min((int) share, byCounty.get(c).size() - 1);
            out.put(c, 1 + whole);
            given += whole;
            remainders.put(c, share - whole);
        }
        List<String> byRemainder = new ArrayList<>(counties);
        byRemainder.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; given < extra; i = (i + 1) % byRemainder.size()) {
            String c = byRemainder.get(i);
            if (out.get(c) < byCounty.get(c).size()) {
                out.merge(c, 1, Integer::sum);
                given++;
            }
        }
        return out;
    }

    /** Neighbours by SCB code into {@code parts} groups; a small corpus takes only two to five members each. */
    private static List<List<ReferenceMunicipality>> split(List<ReferenceMunicipality> county, int parts, boolean sample,
                                                           Random random) {
        List<ReferenceMunicipality> pool = county;
        if (sample) {
            int size = Math.min(county.size(), 2 + random.nextInt(4));
            int start = random.nextInt(county.size() - size + 1);
            pool = county.subList(start, start + size);
        }
        List<List<ReferenceMunicipality>> groups = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = i * pool.size() / parts;
            int to = (i + 1) * pool.size() / parts;
            groups.add(pool.subList(from, to));
        }
        return groups;
    }

    private static List<Integer> orgNumbers(Random random, int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1000; i < 9000; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return all.subList(0, n);
    }

    private static Association association(List<ReferenceMunicipality> group, String place, int orgNumber,
                                           GeneratorSettings settings, Random random) {
        AnnualLayout[] layouts = AnnualLayout.values();
        double r = random.nextDouble();
        AnnualLayout layout = r < 0.4 ? layouts[0] : r < 0.75 ? layouts[1] : layouts[2];
        double m = random.nextDouble();
        String minus = m < 0.7 ? "-" : m < 0.9 ? "−" : "–";
        boolean prefix = random.nextDouble() < 0.4;
        HouseStyle style = new HouseStyle(layout, minus, prefix, random.nextDouble() < 0.6 ? 6 : 8,
                random.nextDouble() < 0.2, layout == AnnualLayout.PROFILES || random.nextDouble() < 0.25);
        String word = place.substring(place.indexOf(' ') + 1);
        String name = prefix ? place.substring(0, place.length() - word.length()) + word + "s samordningsförbund"
                : "Samordningsförbundet " + place;
        List<MemberMunicipality> members = group.stream().map(g -> new MemberMunicipality(g.name(), g.workingAge())).toList();
        ReferenceMunicipality first = group.get(0);
        return new Association(name, place, String.format("222000-%04d", orgNumber), first.countyName(),
                Regions.of(first.countyCode()), members,
                InsatsCatalogue.draw(random, settings.fromYear(), settings.toYear()), style);
    }
}
