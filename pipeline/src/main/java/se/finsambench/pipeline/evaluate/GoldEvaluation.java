package se.finsambench.pipeline.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Unit;

/**
 * A folder of documents against a gold file: per document and per layout, how many gold figures were
 * found, how many preferred values are wrong, and how many money facts came from documents gold lists no
 * figure for. Gold rows name their file by its path relative to the folder or by its bare name.
 */
public record GoldEvaluation(List<DocumentScore> documents) {

    public GoldEvaluation {
        documents = List.copyOf(documents);
    }

    /**
     * @param results  extraction per document, keyed by path relative to the folder
     * @param layouts  layout name per document (same keys); documents without one count as "-"
     */
    public static GoldEvaluation of(List<GoldRow> gold, Map<String, ExtractionResult> results, Function<String, String> layouts) {
        Map<String, List<GoldRow>> byFile = gold.stream().collect(Collectors.groupingBy(GoldRow::file));
        List<DocumentScore> scores = new ArrayList<>();
        for (Map.Entry<String, ExtractionResult> e : new TreeMap<>(results).entrySet()) {
            String path = e.getKey();
            List<GoldRow> rows = byFile.getOrDefault(path, byFile.getOrDefault(bareName(path), List.of()));
            GoldScore score = GoldScorer.score(path, rows, e.getValue());
            List<String> stray = rows.isEmpty() ? strayMoney(e.getValue()) : List.of();
            String layout = layouts.apply(path);
            scores.add(new DocumentScore(path, layout == null ? "-" : layout, score, stray));
        }
        return new GoldEvaluation(scores);
    }

    /** Gold rows whose file is not among the documents (a wrong --input, or a missing file). */
    public static List<String> unmatchedGoldFiles(List<GoldRow> gold, Map<String, ExtractionResult> results) {
        var names = results.keySet().stream().map(GoldEvaluation::bareName).collect(Collectors.toSet());
        return gold.stream().map(GoldRow::file).distinct()
                .filter(f -> !results.containsKey(f) && !names.contains(f)).sorted().toList();
    }

    public Total total() {
        return Total.of(documents);
    }

    /** Totals per layout, in layout order. */
    public Map<String, Total> byLayout() {
        return documents.stream().collect(Collectors.groupingBy(DocumentScore::layout, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), Total::of)));
    }

    /** Sums over some documents. */
    public record Total(int documents, int goldFigures, int found, int conflicts, int traps, int strayMoney) {

        static Total of(List<DocumentScore> scores) {
            return new Total(scores.size(),
                    scores.stream().mapToInt(s -> s.gold().total()).sum(),
                    scores.stream().mapToInt(s -> s.gold().found()).sum(),
                    scores.stream().mapToInt(s -> s.gold().conflicts()).sum(),
                    (int) scores.stream().filter(DocumentScore::isTrap).count(),
                    scores.stream().mapToInt(s -> s.strayMoney().size()).sum());
        }

        public double recall() {
            return goldFigures == 0 ? 1 : (double) found / goldFigures;
        }
    }

    /** The report {@code finsambench evaluate --gold} prints: documents, layouts, overall. */
    public String report(boolean details) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-62s %-38s %9s %7s %9s %6s%n", "document", "layout", "found", "recall",
                "conflicts", "stray"));
        for (DocumentScore d : documents) {
            GoldScore g = d.gold();
            out.append(String.format(Locale.ROOT, "%-62s %-38s %4d/%-4d %6.1f%% %9d %6s%n", d.file(), d.layout(), g.found(),
                    g.total(), 100 * g.recall(), g.conflicts(), d.isTrap() ? String.valueOf(d.strayMoney().size()) : "-"));
            g.wrong().forEach(w -> out.append("    WRONG  ").append(w).append('\n'));
            d.strayMoney().forEach(s -> out.append("    STRAY  ").append(s).append('\n'));
            if (details) {
                g.missed().forEach(m -> out.append("    missed ").append(m).append('\n'));
            }
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-38s %9s %9s %7s %9s %6s%n", "layout", "documents", "found",
                "recall", "conflicts", "stray"));
        byLayout().forEach((layout, t) -> out.append(totalLine(layout, t)));
        out.append(totalLine("overall", total()));
        return out.toString();
    }

    private static String totalLine(String name, Total t) {
        return String.format(Locale.ROOT, "%-38s %9d %4d/%-4d %6.1f%% %9d %6d%n", name, t.documents(), t.found(),
                t.goldFigures(), 100 * t.recall(), t.conflicts(), t.strayMoney());
    }

    private static List<String> strayMoney(ExtractionResult result) {
        return result.facts().stream().filter(f -> f.unit() == Unit.SEK && f.rank() == 1)
                .map(GoldEvaluation::describe).toList();
    }

    private static String describe(Fact f) {
        return String.format(Locale.ROOT, "%s %s %s%s = %.0f at line %d (%s)", f.periodEnd(), f.scenario().id(), f.concept(),
                f.member().isEmpty() ? "" : " [" + f.member() + "]", f.value(), f.sourceLine(), f.origin());
    }

    static String bareName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
