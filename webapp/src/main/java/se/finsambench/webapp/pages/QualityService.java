package se.finsambench.webapp.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.FactQueries;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;

/** Datakvalitet: what could not be read, which checks failed, which indicators are flagged, and gold matches. */
public final class QualityService {

    static final int CAP = 500;

    private final Lake lake;
    private final DocumentQueries documents;
    private final IndicatorQueries indicators;
    private final FactQueries facts;
    private final Optional<Truth> truth;

    public QualityService(Lake lake, Optional<Truth> truth) {
        this.lake = lake;
        this.documents = new DocumentQueries(lake);
        this.indicators = new IndicatorQueries(lake);
        this.facts = new FactQueries(lake);
        this.truth = truth;
    }

    public PageData page() {
        // The cache lives with the lake, which several apps may share: the truth file is part of the key.
        return lake.cached("quality|" + truth.map(t -> t.file().toString()).orElse(""), this::compute);
    }

    private PageData compute() {
        List<Map<String, Object>> failed = documents.failedChecks(null, CAP);
        List<Map<String, Object>> notOk = documents.notOk(CAP);
        List<Map<String, Object>> flagged = indicators.inconsistent(CAP);
        PageData page = PageData.of(cap(failed))
                .truncated(failed.size() > CAP || notOk.size() > CAP || flagged.size() > CAP)
                .with("documentsByStatus", documents.byStatus(null))
                .with("problems", documents.problems())
                .with("documents", cap(notOk))
                .with("flaggedIndicators", labelled(cap(flagged)))
                .with("missingInputs", labelled(indicators.missingInputCounts()));
        page.with("truth", truth.map(t -> TruthComparison.compare(t, facts.selectedWithSource(), CAP)).orElse(null));
        return page;
    }

    private static List<Map<String, Object>> labelled(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>(r);
            String id = (String) r.get("indicator_id");
            m.put("label", IndicatorCatalog.find(id).map(IndicatorInfo::label).orElse(id));
            return m;
        }).toList();
    }

    private static <T> List<T> cap(List<T> rows) {
        return rows.size() > CAP ? rows.subList(0, CAP) : rows;
    }
}
