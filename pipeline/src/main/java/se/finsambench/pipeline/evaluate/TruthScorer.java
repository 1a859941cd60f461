package se.finsambench.pipeline.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsambench.pipeline.evaluate.TruthScore.Outcome;
import se.finsambench.pipeline.evaluate.TruthScore.Tally;
import se.finsambench.pipeline.extract.ExtractionResult;

/**
 * Scores extraction against a generated corpus's {@code truth.csv}, row by row with the same rules
 * as {@link GoldScorer} (the preferred fact must lie within tolerance; insats names match through
 * the document's aliases), and groups the outcome by concept, layout family and file format.
 */
public final class TruthScorer {

    private TruthScorer() {
    }

    /** @param results extraction per file name; a file without a result counts all its rows as missed */
    public static TruthScore score(List<TruthRow> truth, Map<String, ExtractionResult> results) {
        List<Outcome> outcomes = new ArrayList<>();
        for (TruthRow row : truth) {
            ExtractionResult result = results.get(row.gold().file());
            if (result == null) {
                outcomes.add(new Outcome(row, false, false, "file not read"));
                continue;
            }
            GoldScore s = GoldScorer.score(row.gold().file(), List.of(row.gold()), result);
            if (s.conflicts() == 1 && agreesInThousands(row.gold(), result)) {
                // Only a tkr statement of a figure the document also states in kr was found: the precise place was missed.
                outcomes.add(new Outcome(row, false, false, "only the tkr statement found: " + s.wrong().get(0)));
                continue;
            }
            outcomes.add(new Outcome(row, s.found() == 1, s.conflicts() == 1, s.wrong().isEmpty() ? "" : s.wrong().get(0)));
        }
        Tally overall = new Tally(0, 0, 0);
        for (Outcome o : outcomes) {
            overall = overall.plus(o);
        }
        return new TruthScore(overall, group(outcomes, o -> o.row().gold().concept()), group(outcomes, o -> o.row().layout()),
                group(outcomes, Outcome::format), outcomes);
    }

    private static boolean agreesInThousands(GoldRow g, ExtractionResult result) {
        if (g.tolerance() != 0 || Math.abs(g.value()) < 1000) {
            return false;
        }
        GoldRow widened = new GoldRow(g.file(), g.associationId(), g.docType(), g.fiscalYear(), g.periodEnd(), g.scenario(),
                g.concept(), g.member(), g.value(), 500);
        return GoldScorer.score(g.file(), List.of(widened), result).found() == 1;
    }

    private static Map<String, Tally> group(List<Outcome> outcomes, Function<Outcome, String> key) {
        Map<String, Tally> out = new TreeMap<>();
        for (Outcome o : outcomes) {
            out.merge(key.apply(o), new Tally(0, 0, 0).plus(o),
                    (a, b) -> new Tally(a.total() + b.total(), a.found() + b.found(), a.conflicts() + b.conflicts()));
        }
        return out;
    }

    /** The first {@code limit} failures, grouped by layout family, one line each. */
    public static String worst(TruthScore score, int limit) {
        Map<String, List<Outcome>> byLayout = score.failures().stream().limit(limit)
                .collect(Collectors.groupingBy(o -> o.row().layout(), LinkedHashMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        byLayout.forEach((layout, list) -> {
            out.append(layout).append(":\n");
            for (Outcome o : list) {
                var g = o.row().gold();
                out.append(String.format(Locale.ROOT, "    %s %s %s %s %s = %s%s%n", g.file(), g.periodEnd(), g.scenario(),
                        g.concept(), g.member(), GoldScorerFormat.number(g.value()),
                        o.conflict() ? "  CONFLICT " + o.detail() : o.detail().isEmpty() ? "  missed" : "  missed (" + o.detail() + ")"));
            }
        });
        return out.toString();
    }

    /** Number formatting shared by the reports. */
    static final class GoldScorerFormat {
        private GoldScorerFormat() {
        }

        static String number(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
