package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.IndicatorQueries;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.Period;

/**
 * Median and quartiles of every indicator per fiscal year and class of period (full year, or half-years ending on
 * the same day), over all associations (each association's latest period of the class). Computed once per run;
 * the overview, the association page and the peer groups compare against it.
 */
public final class NationalSpreads {

    private final Lake lake;
    private final IndicatorQueries indicators;

    public NationalSpreads(Lake lake) {
        this.lake = lake;
        this.indicators = new IndicatorQueries(lake);
    }

    /** Full years only (the half-year classes are asked for by a period end, {@link #of(String, int, String)}). */
    public Spread of(String indicator, int year, Period period) {
        return of(indicator, year, period == Period.HELAR ? null : year + "-06-30");
    }

    /** The spread of the periods that may be ranked with one ending on {@code periodEnd} (null: full year). */
    public Spread of(String indicator, int year, String periodEnd) {
        return all().getOrDefault(key(indicator, year, periodEnd), Spread.of(List.of()));
    }

    /** Values per association of one indicator, year and full year or half-year to 30 June (latest period of it). */
    public Map<String, Double> values(String indicator, int year, Period period) {
        return latest().getOrDefault(key(indicator, year, period == Period.HELAR ? null : year + "-06-30"), Map.of());
    }

    /** Values per association of the class of period that ends like {@code periodEnd} (null: full year). */
    public Map<String, Double> valuesOf(String indicator, int year, String periodEnd) {
        return latest().getOrDefault(key(indicator, year, periodEnd), Map.of());
    }

    private static String key(String indicator, int year, String periodEnd) {
        return indicator + "|" + year + "|" + Period.comparable(periodEnd);
    }

    private Map<String, Spread> all() {
        return lake.cached("spreads", () -> {
            Map<String, Spread> out = new HashMap<>();
            latest().forEach((k, v) -> out.put(k, Spread.of(new ArrayList<>(v.values()))));
            return out;
        });
    }

    private Map<String, Map<String, Double>> latest() {
        return lake.cached("spreads.latest", () -> {
            Map<String, Map<String, Double>> byKey = new HashMap<>();
            Map<String, String> periodSeen = new HashMap<>();
            for (Map<String, Object> r : indicators.all()) {
                String periodEnd = (String) r.get("period_end");
                String k = key((String) r.get("indicator_id"), ((Number) r.get("fiscal_year")).intValue(), periodEnd);
                String assoc = (String) r.get("association_id");
                String seenKey = k + "|" + assoc;
                String seen = periodSeen.get(seenKey);
                // Rows come ordered by period_end, so a later row of the same kind replaces an earlier one.
                if (seen == null || periodEnd == null || periodEnd.compareTo(seen) >= 0) {
                    periodSeen.put(seenKey, periodEnd == null ? "" : periodEnd);
                    Map<String, Double> m = byKey.computeIfAbsent(k, x -> new HashMap<>());
                    m.remove(assoc);
                    if (r.get("value") != null) {
                        m.put(assoc, (Double) r.get("value"));
                    }
                }
            }
            return byKey;
        });
    }
}
