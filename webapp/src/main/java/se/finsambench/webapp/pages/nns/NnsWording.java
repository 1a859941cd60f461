package se.finsambench.webapp.pages.nns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.Lake;

/**
 * What each NNS indicator number asks, as the reports word it ({@code nns_indicators.wording}, read from their NNS
 * tables; the most common wording per number), and the national average per number and year as reported. A lake
 * written before the wording column existed gives no wording, not an error.
 */
public final class NnsWording {

    private final Lake lake;

    public NnsWording(Lake lake) {
        this.lake = lake;
    }

    /** Number → wording. */
    public Map<Integer, String> wording() {
        return lake.cached("nns.wording", () -> {
            Map<Integer, String> out = new LinkedHashMap<>();
            if (!hasColumn("wording")) {
                return out;
            }
            for (Map<String, Object> r : lake.query("SELECT indicator, wording FROM (SELECT indicator, wording, count(*) AS n"
                    + " FROM nns_indicators WHERE wording IS NOT NULL AND wording <> '' GROUP BY ALL)"
                    + " QUALIFY row_number() OVER (PARTITION BY indicator ORDER BY n DESC, wording) = 1 ORDER BY indicator")) {
                out.put(((Number) r.get("indicator")).intValue(), (String) r.get("wording"));
            }
            return out;
        });
    }

    /** What "klart positiva" means, as a report says it above its table (the most common statement), or null. */
    public String definition() {
        return lake.cached("nns.definition", () -> {
            if (!hasColumn("definition")) {
                return "";
            }
            List<Map<String, Object>> rows = lake.query("SELECT definition, count(*) AS n FROM nns_indicators"
                    + " WHERE definition IS NOT NULL AND definition <> '' GROUP BY ALL ORDER BY n DESC, definition LIMIT 1");
            return rows.isEmpty() ? "" : (String) rows.get(0).get("definition");
        });
    }

    /** The national average per indicator number and year, as the reports state it (median over reports). */
    public List<Map<String, Object>> nationalByYear() {
        return lake.cached("nns.national", () -> lake.query("SELECT indicator AS number, fiscal_year,"
                + " median(value) AS national, count(DISTINCT association_id) AS reports FROM nns_indicators"
                + " WHERE scope = 'national' AND selected GROUP BY ALL ORDER BY number, fiscal_year"));
    }

    private boolean hasColumn(String name) {
        return lake.cached("nns.columns", () -> lake.query("SELECT column_name FROM (DESCRIBE nns_indicators)")
                .stream().map(r -> (String) r.get("column_name")).toList()).contains(name);
    }
}
