package se.finsambench.webapp.lake;

import java.util.List;
import java.util.Map;

/** Reads of the indicators table. Every number comes with its quality, so a flagged value is shown, not hidden. */
public final class IndicatorQueries {

    private static final String COLUMNS = "i.association_id, a.name, i.fiscal_year, i.period_end, i.indicator_id, i.value,"
            + " i.numerator, i.denominator, i.unit, i.quality, i.doc_ids, i.note";

    private final Lake lake;

    public IndicatorQueries(Lake lake) {
        this.lake = lake;
    }

    /** One row per association: its latest period of the kind in that fiscal year. */
    public List<Map<String, Object>> values(String indicatorId, int year, Period period) {
        return values(indicatorId, year, period, null);
    }

    /** As {@link #values(String, int, Period)}, only periods ending on {@code monthDay} (MM-DD) when it is given. */
    public List<Map<String, Object>> values(String indicatorId, int year, Period period, String monthDay) {
        return lake.query("SELECT " + COLUMNS + " FROM indicators i LEFT JOIN associations a USING (association_id)"
                + " WHERE i.indicator_id = ? AND i.fiscal_year = ? AND " + period.sql("i.period_end")
                + " AND (? IS NULL OR strftime(i.period_end, '%m-%d') = ?)"
                + " QUALIFY row_number() OVER (PARTITION BY i.association_id ORDER BY i.period_end DESC) = 1"
                + " ORDER BY i.association_id", indicatorId, year, monthDay, monthDay);
    }

    /** The days (MM-DD) on which periods of the kind end in that year, most common first. */
    public List<String> periodEnds(String indicatorId, int year, Period period) {
        return lake.query("SELECT strftime(period_end, '%m-%d') AS e, count(*) AS n FROM indicators WHERE indicator_id = ?"
                + " AND fiscal_year = ? AND period_end IS NOT NULL AND " + period.sql("period_end")
                + " GROUP BY e ORDER BY n DESC, e", indicatorId, year).stream().map(r -> (String) r.get("e")).toList();
    }

    /** Every indicator value of every period (the whole table is small: associations × years × ids). */
    public List<Map<String, Object>> all() {
        return lake.cached("indicators.all", () -> lake.query("SELECT " + COLUMNS
                + " FROM indicators i LEFT JOIN associations a USING (association_id)"
                + " ORDER BY i.indicator_id, i.fiscal_year, i.period_end, i.association_id"));
    }

    public List<Map<String, Object>> forAssociation(String associationId) {
        return lake.query("SELECT " + COLUMNS + " FROM indicators i LEFT JOIN associations a USING (association_id)"
                + " WHERE i.association_id = ? ORDER BY i.indicator_id, i.period_end", associationId);
    }

    public List<Map<String, Object>> one(String associationId, String indicatorId, String periodEnd) {
        return lake.query("SELECT " + COLUMNS + " FROM indicators i LEFT JOIN associations a USING (association_id)"
                + " WHERE i.association_id = ? AND i.indicator_id = ? AND i.period_end = CAST(? AS DATE)",
                associationId, indicatorId, periodEnd);
    }

    /** Fiscal years that have indicators of the period kind, newest first. */
    public List<Integer> years(Period period) {
        return lake.cached("indicators.years." + period, () -> lake.query(
                "SELECT DISTINCT fiscal_year AS y FROM indicators WHERE " + period.sql("period_end") + " ORDER BY y DESC")
                .stream().map(r -> ((Number) r.get("y")).intValue()).toList());
    }

    public List<String> ids() {
        return lake.cached("indicators.ids", () -> lake.query("SELECT DISTINCT indicator_id AS id FROM indicators ORDER BY id")
                .stream().map(r -> (String) r.get("id")).toList());
    }

    /** Values whose inputs failed a reconciliation check; one more row than the cap shows truncation. */
    public List<Map<String, Object>> inconsistent(int cap) {
        return lake.query("SELECT " + COLUMNS + " FROM indicators i LEFT JOIN associations a USING (association_id)"
                + " WHERE i.quality = 'inconsistent'"
                + " ORDER BY i.fiscal_year DESC, i.association_id, i.indicator_id LIMIT ?", cap + 1);
    }

    /** How many values per indicator could not be computed for want of inputs (common; listed as counts). */
    public List<Map<String, Object>> missingInputCounts() {
        return lake.query("SELECT indicator_id, count(*) AS n, count(DISTINCT association_id) AS associations"
                + " FROM indicators WHERE quality = 'missing_input' GROUP BY indicator_id ORDER BY n DESC, indicator_id");
    }
}
