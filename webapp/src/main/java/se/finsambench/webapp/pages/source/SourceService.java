package se.finsambench.webapp.pages.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.DocumentQueries;
import se.finsambench.webapp.lake.FactQueries;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.pages.IndicatorCatalog;
import se.finsambench.webapp.pages.IndicatorInfo;
import se.finsambench.webapp.pages.InvalidFilterException;
import se.finsambench.webapp.pages.NotFoundException;
import se.finsambench.webapp.pages.PageData;
import se.finsambench.webapp.pages.SourceFiles;

/**
 * Källa: where a number came from. A fact is named by document and line (concept and member narrow it);
 * an indicator by association, id and period end, and its sources are the facts it was computed from.
 */
public final class SourceService {

    private static final java.util.regex.Pattern ADMIN_LINE = java.util.regex.Pattern.compile(
            "(?iu)kansli|styrelse|revision|ekonomi|administration|förbundschef|lokal|försäkring");

    private final FactQueries facts;
    private final DocumentQueries documents;
    private final IndicatorQueries indicators;

    private final Lake lake;
    private final SourceFiles files;

    public SourceService(Lake lake) {
        this.lake = lake;
        this.files = new SourceFiles(lake);
        this.facts = new FactQueries(lake);
        this.documents = new DocumentQueries(lake);
        this.indicators = new IndicatorQueries(lake);
    }

    public PageData page(SourcePage.Filters f) {
        return f.indicator() != null ? indicator(f.association(), f.indicator(), f.period())
                : fact(f.doc(), f.line(), f.concept(), f.member());
    }

    public PageData fact(String docId, Integer line, String concept, String member) {
        if (docId == null || line == null) {
            throw new InvalidFilterException(docId == null ? "dok" : "rad", "Ange dok och rad (eller forbund, indikator och period)");
        }
        List<Map<String, Object>> found = facts.onLine(docId, line, blankToNull(concept), member);
        if (found.isEmpty()) {
            throw new NotFoundException("Ingen uppgift på rad " + line + " i dokument " + docId);
        }
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        docs.put(docId, document(docId));
        return PageData.of(withHighlights(found)).with("documents", docs).with("kind", "fact");
    }

    public PageData indicator(String associationId, String indicatorId, java.time.LocalDate period) {
        if (associationId == null || period == null) {
            throw new InvalidFilterException(associationId == null ? "forbund" : "period",
                    "Ange forbund, indikator och period (ÅÅÅÅ-MM-DD)");
        }
        String periodEnd = period.toString();
        IndicatorInfo info = IndicatorCatalog.find(indicatorId).orElseThrow();
        List<Map<String, Object>> found = indicators.one(associationId, indicatorId, periodEnd);
        if (found.isEmpty()) {
            throw new NotFoundException("Indikatorn " + indicatorId + " finns inte för " + associationId + " per " + periodEnd);
        }
        Map<String, Object> indicator = found.get(0);
        @SuppressWarnings("unchecked")
        List<String> docIds = indicator.get("doc_ids") == null ? List.of() : (List<String>) indicator.get("doc_ids");
        int n = IndicatorCatalog.nnsNumber(indicatorId);
        List<Map<String, Object>> inputs = docIds.isEmpty() ? List.of()
                : facts.inputs(associationId, periodEnd, docIds, info.inputs(), n < 0 ? null : "indicator:" + n,
                        indicatorId.equals("budget_deviation"));
        if (indicatorId.equals("cost_per_participant")) {
            // Only insatser count: administration lines (kansli, styrelse …) are never individual interventions.
            java.util.Set<String> named = interventions(associationId);
            inputs = inputs.stream().filter(f -> !String.valueOf(f.get("member")).startsWith("intervention:")
                    || named.contains(String.valueOf(f.get("member")).substring("intervention:".length()))
                    && !ADMIN_LINE.matcher(String.valueOf(f.get("member"))).find()).toList();
        }
        if (indicatorId.equals("admin_share")) {
            // A stated administration cost is used as it is; only without one do the administration lines (kansli,
            // styrelse …) feed the share.
            boolean stated = inputs.stream().anyMatch(f -> "costs_admin".equals(f.get("concept")));
            inputs = inputs.stream().filter(f -> !"intervention_cost".equals(f.get("concept"))
                    || !stated && ADMIN_LINE.matcher(String.valueOf(f.get("member"))).find()).toList();
        }
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (String d : docIds) {
            docs.put(d, document(d));
        }
        return PageData.of(withHighlights(inputs)).with("documents", docs).with("kind", "indicator")
                .with("indicator", indicator).with("info", info);
    }

    private Map<String, Object> document(String docId) {
        List<Map<String, Object>> d = documents.one(docId);
        return d.isEmpty() ? Map.of("doc_id", docId) : files.named(d.get(0));
    }

    private java.util.Set<String> interventions(String associationId) {
        return new java.util.HashSet<>(lake.query("SELECT DISTINCT name FROM interventions WHERE association_id = ?",
                associationId).stream().map(r -> (String) r.get("name")).toList());
    }

    private static List<Map<String, Object>> withHighlights(List<Map<String, Object>> found) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> f : found) {
            Map<String, Object> row = new LinkedHashMap<>(f);
            row.put("highlight", Highlight.find((String) f.get("source_text"), (Double) f.get("value")));
            out.add(row);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
