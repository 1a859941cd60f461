package se.finsambench.webapp.lake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.FixtureData.Assoc;
import se.finsambench.webapp.reference.Population;

/** Indicators of one association and period, computed from the fixture's figures by DESIGN's definitions. */
final class FixtureIndicators {

    private final FixtureRows rows;
    private final Population population;

    FixtureIndicators(FixtureRows rows, Population population) {
        this.rows = rows;
        this.population = population;
    }

    void write(Assoc a, int year, LocalDate end, String doc, Map<String, Double> v, double budgetCosts, boolean nns) {
        List<String> docs = List.of(doc);
        double pop = a.members().stream()
                .mapToDouble(m -> population.workingAge(m, year).map(Population.WorkingAge::people).orElse(0.0)).sum();
        boolean missing = a.id().equals("hoglandet") && year == 2022;
        put(a, year, end, "cost_per_participant", missing ? null : v.get("costs_individual|"),
                missing ? null : v.get("participants_total|"), "kr", missing ? "missing_input" : "ok", docs, 1);
        put(a, year, end, "work_or_studies_share", v.get("exits_work_or_studies|"), v.get("exits_total|"), "%", "ok", docs, 100);
        put(a, year, end, "admin_share", v.get("costs_admin|"), v.get("costs_total|"), "%", "ok", docs, 100);
        if (v.containsKey("equity|")) {
            boolean broken = a.id().equals("trelleborg") && year == 2023;
            put(a, year, end, "equity_ratio", v.get("equity|"), v.get("total_assets|"), "%", broken ? "inconsistent" : "ok", docs, 100);
            put(a, year, end, "equity_to_contributions", v.get("equity|"), v.get("contribution_total|"), "%", "ok", docs, 100);
        }
        put(a, year, end, "result_margin", v.get("result|"), v.get("revenue_total|"), "%", "ok", docs, 100);
        put(a, year, end, "budget_deviation", v.get("costs_total|") - budgetCosts, budgetCosts, "%", "ok", docs, 100);
        if (end.getMonthValue() == 12) {
            put(a, year, end, "contribution_per_inhabitant", v.get("contribution_total|"), pop, "kr", "derived", docs, 1);
            put(a, year, end, "participants_per_1000", v.get("participants_total|"), pop, "per 1000", "derived", docs, 1000);
        }
        put(a, year, end, "women_share", v.get("participants_women|"), v.get("participants_total|"), "%", "ok", docs, 100);
        if (nns) {
            for (int n = 1; n <= 3; n++) {
                double own = v.get("nns_indicator|indicator:" + n) == null ? 0 : v.get("nns_indicator|indicator:" + n);
                double national = v.get("nns_indicator_national|indicator:" + n) == null ? 0
                        : v.get("nns_indicator_national|indicator:" + n);
                rows.insert("indicators", a.id(), year, end, "nns_" + n, own, own, null, "%", "ok", docs, null);
                rows.insert("indicators", a.id(), year, end, "nns_" + n + "_vs_national", own - national, own, national,
                        "pp", "ok", docs, null);
            }
        }
    }

    private void put(Assoc a, int year, LocalDate end, String id, Double num, Double den, String unit, String quality,
                     List<String> docs, double factor) {
        Double value = num == null || den == null || den == 0 ? null : num / den * factor;
        String note = unit.equals("kr") && id.startsWith("contribution") ? "Befolkning 20–74 år, SCB närmaste år" : null;
        rows.insert("indicators", a.id(), year, end, id, value, num, den, unit, quality, docs, note);
    }
}
