package se.finsambench.webapp.pages;

import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.Lake;

/**
 * Parameter values for the OpenAPI document taken from the served lake, so every example names something that
 * exists: the latest full year, the first association, a county of it, a document line that states a figure.
 */
public final class Examples {

    private final Lake lake;
    private final AssociationDirectory directory;

    public Examples(Lake lake, AssociationDirectory directory) {
        this.lake = lake;
        this.directory = directory;
    }

    public String year() {
        return String.valueOf(fact().get("fiscal_year"));
    }

    public String association() {
        return directory.all().keySet().stream().findFirst().orElse("soderasen");
    }

    public String county() {
        return directory.find(association()).flatMap(a -> a.countyCodes().stream().findFirst()).orElse("12");
    }

    public String group() {
        return "lan:" + county();
    }

    public String docId() {
        return String.valueOf(fact().get("doc_id"));
    }

    public String line() {
        return String.valueOf(fact().get("source_line"));
    }

    public String periodEnd() {
        return String.valueOf(fact().get("period_end"));
    }

    /** A selected full-year fact of the first association (a row every lake with figures has). */
    private Map<String, Object> fact() {
        return lake.cached("examples.fact", () -> {
            List<Map<String, Object>> rows = lake.query("SELECT f.doc_id, f.source_line, f.fiscal_year, f.period_end"
                    + " FROM facts f JOIN indicators i ON i.association_id = f.association_id AND i.period_end = f.period_end"
                    + " AND list_contains(i.doc_ids, f.doc_id) WHERE f.selected AND f.association_id = ?"
                    + " AND month(f.period_end) = 12 AND i.indicator_id = 'admin_share' AND i.value IS NOT NULL"
                    + " ORDER BY f.fiscal_year DESC, f.source_line LIMIT 1", association());
            return rows.isEmpty() ? Map.<String, Object>of("doc_id", "", "source_line", 1, "fiscal_year", 2023,
                    "period_end", "2023-12-31") : rows.get(0);
        });
    }
}
