package se.finsambench.pipeline.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How extraction did against a generated corpus's truth: found / conflicting / total by concept, by
 * layout family, by file format and overall, and the rows that were missed or read wrong.
 */
public record TruthScore(Tally overall, Map<String, Tally> byConcept, Map<String, Tally> byLayout,
                         Map<String, Tally> byFormat, List<Outcome> outcomes) {

    /** The rows missed or read wrong, in truth order. */
    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.found()).toList();
    }

    /** Counts for one group. */
    public record Tally(int total, int found, int conflicts) {
        public double recall() {
            return total == 0 ? 1 : (double) found / total;
        }

        Tally plus(Outcome o) {
            return new Tally(total + 1, found + (o.found() ? 1 : 0), conflicts + (o.conflict() ? 1 : 0));
        }
    }

    /** One truth row's fate; {@code detail} says what was read instead for a conflict. */
    public record Outcome(TruthRow row, boolean found, boolean conflict, String detail) {
        public String format() {
            String f = row.gold().file();
            return f.substring(f.lastIndexOf('.') + 1);
        }
    }

    /** A fixed-width table of one grouping. */
    public static String table(String title, Map<String, Tally> groups) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %7s %7s %8s %9s%n", title, "found", "total",
                "recall", "conflicts"));
        groups.forEach((k, t) -> out.append(String.format(Locale.ROOT, "%-40s %7d %7d %7.1f%% %9d%n", k, t.found(), t.total(),
                100 * t.recall(), t.conflicts())));
        return out.toString();
    }
}
