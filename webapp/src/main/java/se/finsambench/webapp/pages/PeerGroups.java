package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;

/**
 * Similar associations, as Kolada's "liknande": each chosen criterion's difference between two associations in
 * national standard deviations, weighted and averaged — the difference index (0 = alike). Criteria are background
 * figures by default (size, members, money and reach per inhabitant), not the results a user compares.
 */
public final class PeerGroups {

    /** A criterion: an indicator id of the lake, or {@code invanare} / {@code medlemmar} from the directory. */
    public record Criterion(String id, double weight) {
    }

    public record Similar(String associationId, String name, double index, int criteria) {
    }

    public static final List<Criterion> DEFAULT = List.of(new Criterion("invanare", 1), new Criterion("medlemmar", 1),
            new Criterion("contribution_per_inhabitant", 1), new Criterion("participants_per_1000", 1));

    private final Lake lake;
    private final NationalSpreads spreads;
    private final AssociationDirectory directory;

    public PeerGroups(Lake lake, NationalSpreads spreads, AssociationDirectory directory) {
        this.lake = lake;
        this.spreads = spreads;
        this.directory = directory;
    }

    /** The association itself and its n most similar by the default criteria. */
    public Set<String> groupOf(String id, int n) {
        directory.require(id);
        return lake.cached("peers|" + id + "|" + n, () -> {
            Set<String> out = new LinkedHashSet<>();
            out.add(id);
            similar(id, DEFAULT, n).forEach(s -> out.add(s.associationId()));
            return out;
        });
    }

    /** The n associations most similar to {@code id}, most similar first, by the latest full year of each criterion. */
    public List<Similar> similar(String id, List<Criterion> criteria, int n) {
        directory.require(id);
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            values.put(c.id(), values(c.id()));
        }
        Map<String, Double> sd = new HashMap<>();
        values.forEach((c, v) -> sd.put(c, standardDeviation(v.values())));
        List<Similar> out = new ArrayList<>();
        for (AssociationInfo other : directory.all().values()) {
            if (other.id().equals(id)) {
                continue;
            }
            double sum = 0;
            double weights = 0;
            int used = 0;
            for (Criterion c : criteria) {
                Double a = values.get(c.id()).get(id);
                Double b = values.get(c.id()).get(other.id());
                double s = sd.get(c.id());
                if (a == null || b == null || s <= 0 || c.weight() <= 0) {
                    continue;
                }
                sum += c.weight() * Math.abs(a - b) / s;
                weights += c.weight();
                used++;
            }
            if (weights > 0) {
                out.add(new Similar(other.id(), other.name(), sum / weights, used));
            }
        }
        out.sort(Comparator.comparingDouble(Similar::index).thenComparing(Similar::associationId));
        return out.subList(0, Math.min(n, out.size()));
    }

    /** Each association's value of a criterion: its latest full year with a value. */
    Map<String, Double> values(String criterion) {
        return lake.cached("peers.values|" + criterion, () -> {
            Map<String, Double> out = new HashMap<>();
            switch (criterion) {
                case "invanare" -> directory.all().values().forEach(a -> {
                    if (a.workingAge() != null && a.workingAge() > 0) {
                        out.put(a.id(), Math.log(a.workingAge()));
                    }
                });
                case "medlemmar" -> directory.all().values().forEach(a -> out.put(a.id(), (double) a.members().size()));
                default -> {
                    for (int year = 1990; year <= java.time.Year.now().getValue(); year++) {
                        out.putAll(spreads.values(criterion, year, Period.HELAR));
                    }
                }
            }
            return out;
        });
    }

    private static double standardDeviation(java.util.Collection<Double> v) {
        if (v.size() < 2) {
            return 0;
        }
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / (v.size() - 1));
    }
}
