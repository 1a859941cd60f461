package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figures a document states in parts: total costs as operating costs plus depreciation, head counts
 * as women plus men. A derived figure is added only where the document does not state the total.
 */
final class FactDerivations {

    private FactDerivations() {
    }

    static List<Fact> apply(List<Fact> facts) {
        List<Fact> out = new ArrayList<>(facts);
        out.addAll(costsWithDepreciation(facts));
        out.addAll(sumIfMissing(out, "participants_total", "participants_women", "participants_men"));
        out.addAll(sumIfMissing(out, "exits_total", "exits_women", "exits_men"));
        out.addAll(sumIfMissing(out, "exits_work_or_studies", "exits_work", "exits_studies"));
        return out;
    }

    /** DESIGN.md counts depreciation among an association's costs; income statements print it apart. */
    private static List<Fact> costsWithDepreciation(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact op : facts) {
            if (!op.concept().equals("costs_operating")) {
                continue;
            }
            Optional<Fact> dep = facts.stream()
                    .filter(f -> f.concept().equals("depreciation") && f.periodEnd().equals(op.periodEnd())
                            && f.scenario() == op.scenario() && Math.abs(f.sourceLine() - op.sourceLine()) < 6)
                    .findFirst();
            double value = op.value() + dep.map(Fact::value).orElse(0.0);
            double precision = op.precision() + dep.map(Fact::precision).orElse(0.0);
            out.add(new Fact("costs_total", "", op.fiscalYear(), op.periodEnd(), op.scenario(), value, Unit.SEK,
                    op.sourceLine(), op.sourceText(), op.confidence(), precision, op.origin(), 0));
        }
        return out;
    }

    private static List<Fact> sumIfMissing(List<Fact> facts, String total, String a, String b) {
        Map<FactKey, Fact> stated = new HashMap<>();
        Map<FactKey, Fact> partA = new HashMap<>();
        Map<FactKey, Fact> partB = new HashMap<>();
        for (Fact f : facts) {
            FactKey asTotal = new FactKey(total, f.member(), f.periodEnd(), f.scenario());
            if (f.concept().equals(total)) {
                stated.put(asTotal, f);
            } else if (f.concept().equals(a)) {
                partA.putIfAbsent(asTotal, f);
            } else if (f.concept().equals(b)) {
                partB.putIfAbsent(asTotal, f);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<FactKey, Fact> e : partA.entrySet()) {
            Fact other = partB.get(e.getKey());
            if (other == null || stated.containsKey(e.getKey())) {
                continue;
            }
            Fact first = e.getValue();
            out.add(new Fact(total, first.member(), first.fiscalYear(), first.periodEnd(), first.scenario(),
                    first.value() + other.value(), first.unit(), first.sourceLine(), first.sourceText(),
                    Math.min(first.confidence(), other.confidence()) - 0.05, first.precision() + other.precision(),
                    Origin.derived(a, b), 0));
        }
        return out;
    }
}
