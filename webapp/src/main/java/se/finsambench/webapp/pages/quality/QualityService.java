package se.finsambench.webapp.pages.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.FactQueries;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.SourceFiles;

/**
 * Datakvalitet: what could not be read and why (grouped by kind, in Swedish, with examples), which checks failed,
 * which indicators are flagged, and gold matches.
 */
public final class QualityService {

    static final int CAP = 500;
    private static final int EXAMPLES = 3;

    private final Lake lake;
    private final DocumentQueries documents;
    private final IndicatorQueries indicators;
    private final FactQueries facts;
    private final SourceFiles files;
    private final ProblemKinds kinds = ProblemKinds.bundled();
    private final Optional<Truth> truth;

    public QualityService(Lake lake, Optional<Truth> truth) {
        this.lake = lake;
        this.documents = new DocumentQueries(lake);
        this.indicators = new IndicatorQueries(lake);
        this.facts = new FactQueries(lake);
        this.files = new SourceFiles(lake);
        this.truth = truth;
    }

    public PageData page() {
        // The cache lives with the lake, which several apps may share: the truth file is part of the key.
        return lake.cached("quality|" + truthKey(), this::compute);
    }

    public String truthKey() {
        return truth.map(t -> t.file().toString()).orElse("");
    }

    private PageData compute() {
        List<Map<String, Object>> failed = documents.failedChecks(null, CAP).stream().map(this::check).toList();
        List<Map<String, Object>> notOk = files.named(documents.notOk(CAP)).stream().map(this::labelled).toList();
        List<Map<String, Object>> flagged = indicators.inconsistent(CAP);
        PageData page = PageData.of(cap(failed))
                .truncated(failed.size() > CAP || notOk.size() > CAP || flagged.size() > CAP)
                .with("documentsByStatus", documents.byStatus(null))
                .with("problems", problemKinds())
                .with("documents", cap(notOk))
                .with("flaggedIndicators", labelled(cap(flagged)))
                .with("missingInputs", labelled(indicators.missingInputCounts()));
        page.with("truth", truth.map(t -> TruthComparison.compare(t, facts.selectedWithSource(), CAP)).orElse(null));
        return page;
    }

    /** One row per status and kind of problem: how often, in how many documents, and a few of them. */
    private List<Map<String, Object>> problemKinds() {
        Map<String, Map<String, Object>> byKind = new LinkedHashMap<>();
        for (Map<String, Object> r : documents.problemsByDocument()) {
            String problem = (String) r.get("problem");
            ProblemKinds.Classified c = kinds.classify(problem);
            Map<String, Object> row = byKind.computeIfAbsent(r.get("status") + "|" + c.kind(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("status", r.get("status"));
                m.put("kind", c.kind());
                m.put("label", c.label());
                m.put("n", 0L);
                m.put("docs", new LinkedHashSet<String>());
                m.put("examples", new ArrayList<Map<String, Object>>());
                return m;
            });
            row.put("n", (Long) row.get("n") + 1);
            @SuppressWarnings("unchecked")
            LinkedHashSet<String> docs = (LinkedHashSet<String>) row.get("docs");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> examples = (List<Map<String, Object>>) row.get("examples");
            if (docs.add((String) r.get("doc_id")) && examples.size() < EXAMPLES) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("doc_id", r.get("doc_id"));
                e.put("association_name", r.get("association_name"));
                e.put("file_name", files.named(Map.of("source_path", String.valueOf(r.get("source_path")))).get("file_name"));
                e.put("line", c.line());
                // An unknown kind keeps its text for the hover, so it can be named in the vocabulary.
                e.put("detail", c.kind().equals(ProblemKinds.OTHER.id()) ? problem : null);
                examples.add(e);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : byKind.values()) {
            Map<String, Object> m = new LinkedHashMap<>(row);
            m.put("documents", ((LinkedHashSet<?>) m.remove("docs")).size());
            out.add(m);
        }
        out.sort((a, b) -> Long.compare((Long) b.get("n"), (Long) a.get("n")));
        return out;
    }

    private Map<String, Object> labelled(Map<String, Object> doc) {
        Map<String, Object> m = new LinkedHashMap<>(doc);
        @SuppressWarnings("unchecked")
        List<String> problems = doc.get("problems") == null ? List.of() : (List<String>) doc.get("problems");
        // One entry per kind, with the lines it was found on: "En tabellrad har färre celler … (rad 49, 50, 57)".
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (String p : problems) {
            ProblemKinds.Classified c = kinds.classify(p);
            List<Integer> at = lines.computeIfAbsent(c.label(), k -> new ArrayList<>());
            if (c.line() != null) {
                at.add(c.line());
            }
        }
        List<String> labels = new ArrayList<>();
        lines.forEach((label, at) -> labels.add(label + (at.isEmpty() ? ""
                : (at.size() == 1 ? " (rad " : " (rader ") + String.join(", ", at.stream().map(String::valueOf).toList()) + ")")));
        m.put("problem_labels", labels);
        m.remove("problems");
        return m;
    }

    /** A failed check with its unit (kr, antal or procent, from its inputs) and its file named relatively. */
    private Map<String, Object> check(Map<String, Object> c) {
        Map<String, Object> m = files.named(c);
        @SuppressWarnings("unchecked")
        List<String> inputs = c.get("inputs") == null ? List.of() : (List<String>) c.get("inputs");
        String unit = inputs.stream().anyMatch(i -> i.startsWith("participants") || i.startsWith("exits")) ? "count"
                : inputs.stream().anyMatch(i -> i.endsWith("_reported") || i.startsWith("nns")) ? "pct" : "SEK";
        m.put("unit", unit);
        return m;
    }

    private static List<Map<String, Object>> labelled(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>(r);
            String id = (String) r.get("indicator_id");
            m.put("label", IndicatorCatalog.find(id).map(IndicatorInfo::label).orElse(id));
            return m;
        }).toList();
    }

    private static <T> List<T> cap(List<T> rows) {
        return rows.size() > CAP ? rows.subList(0, CAP) : rows;
    }
}
