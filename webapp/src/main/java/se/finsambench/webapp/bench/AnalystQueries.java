package se.finsambench.webapp.bench;

import java.util.List;

/** The analyst queries the SQL benchmark runs, as an analyst would type them in the workbench. */
final class AnalystQueries {

    /** A query and the short name it is reported under. */
    record Query(String name, String sql) {
    }

    private AnalystQueries() {
    }

    static final List<Query> FIVE = List.of(
            new Query("cost per participant by association", """
                    WITH year_end AS (
                      SELECT association_id, fiscal_year,
                             sum(value) FILTER (WHERE concept = 'costs_total') AS costs,
                             sum(value) FILTER (WHERE concept = 'participants_total') AS participants
                      FROM facts
                      WHERE selected AND scenario = 'actual' AND month(period_end) = 12
                      GROUP BY association_id, fiscal_year)
                    SELECT association_id, fiscal_year, costs, participants,
                           round(costs / nullif(participants, 0)) AS cost_per_participant
                    FROM year_end
                    ORDER BY association_id, fiscal_year"""),
            new Query("ranking of an indicator by year", """
                    SELECT i.fiscal_year, i.association_id, a.name, i.value,
                           rank() OVER (PARTITION BY i.fiscal_year ORDER BY i.value) AS placering
                    FROM indicators i JOIN associations a USING (association_id)
                    WHERE i.indicator_id = 'cost_per_participant' AND month(i.period_end) = 12 AND i.value IS NOT NULL
                    ORDER BY i.fiscal_year DESC, placering"""),
            new Query("facts per document (provenance)", """
                    SELECT d.doc_type, d.format, d.status,
                           count(DISTINCT d.doc_id) AS documents,
                           count(*) AS facts,
                           count(*) FILTER (WHERE f.selected) AS selected_facts,
                           round(avg(f.confidence), 3) AS mean_confidence
                    FROM facts f JOIN documents d USING (doc_id)
                    WHERE d.status <> 'rejected'
                    GROUP BY ALL
                    ORDER BY facts DESC"""),
            new Query("admin share by region", """
                    SELECT a.county AS region, f.fiscal_year,
                           sum(f.value) FILTER (WHERE f.concept = 'costs_admin') AS admin_costs,
                           sum(f.value) FILTER (WHERE f.concept = 'costs_total') AS total_costs,
                           round(100 * admin_costs / nullif(total_costs, 0), 1) AS admin_share_pct
                    FROM facts f JOIN associations a USING (association_id)
                    WHERE f.selected AND f.scenario = 'actual' AND month(f.period_end) = 12
                    GROUP BY ALL
                    ORDER BY region, f.fiscal_year"""),
            new Query("cost change year on year (window)", """
                    WITH costs AS (
                      SELECT association_id, fiscal_year, value AS costs
                      FROM facts
                      WHERE concept = 'costs_total' AND selected AND scenario = 'actual' AND month(period_end) = 12)
                    SELECT association_id, fiscal_year, costs,
                           costs - lag(costs) OVER w AS change,
                           round(100 * (costs / lag(costs) OVER w - 1), 1) AS change_pct,
                           round(avg(costs) OVER (PARTITION BY association_id ORDER BY fiscal_year
                                                  ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)) AS moving_avg_3y
                    FROM costs
                    WINDOW w AS (PARTITION BY association_id ORDER BY fiscal_year)
                    ORDER BY association_id, fiscal_year"""));

    /** The aggregate over the generated 10-million-row facts table (target: under 1 s through /api/sql). */
    static final Query BIG_AGGREGATE = new Query("aggregate over 10M facts", """
            SELECT fiscal_year, scenario,
                   count(*) AS facts,
                   count(*) FILTER (WHERE selected) AS selected_facts,
                   sum(value) FILTER (WHERE selected) AS selected_total,
                   round(avg(value), 1) AS mean_value
            FROM facts
            GROUP BY fiscal_year, scenario
            ORDER BY fiscal_year, scenario""");
}
