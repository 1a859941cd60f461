package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a document states the same figure more than once, every statement is kept and ranked:
 * the most precise first (kr before tkr), then the statement from the most authoritative place
 * (the financial statements before overviews, tables before prose), then the most confident.
 */
final class FactRanking {

    private FactRanking() {
    }

    static List<Fact> rank(List<Fact> facts) {
        Map<FactKey, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        List<Fact> out = new ArrayList<>();
        Comparator<Fact> order = Comparator.comparingDouble(Fact::precision)
                .thenComparingInt(f -> f.origin().rank())
                .thenComparing(Comparator.comparingDouble(Fact::confidence).reversed())
                .thenComparingInt(Fact::sourceLine);
        for (List<Fact> same : byKey.values()) {
            same.sort(order);
            List<Fact> kept = dropRepeats(same);
            for (int i = 0; i < kept.size(); i++) {
                out.add(kept.get(i).withRank(i + 1));
            }
        }
        return out;
    }

    /** The same statement read twice (same line, same value) is one statement. */
    private static List<Fact> dropRepeats(List<Fact> same) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : same) {
            boolean repeat = kept.stream().anyMatch(k -> k.sourceLine() == f.sourceLine() && k.value() == f.value());
            if (!repeat) {
                kept.add(f);
            }
        }
        return kept;
    }
}
