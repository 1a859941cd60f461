package se.finsambench.webapp.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Median and quartiles of a set of values (linear interpolation, as R type 7 and DuckDB quantile_cont). */
public record Spread(int n, Double min, Double q1, Double median, Double q3, Double max) {

    public static Spread of(Collection<Double> values) {
        List<Double> v = new ArrayList<>(values.stream().filter(Objects::nonNull).filter(d -> Double.isFinite(d)).toList());
        if (v.isEmpty()) {
            return new Spread(0, null, null, null, null, null);
        }
        v.sort(Double::compare);
        return new Spread(v.size(), v.get(0), quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v.get(v.size() - 1));
    }

    static double quantile(List<Double> sorted, double p) {
        double pos = p * (sorted.size() - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
    }

    /** 1 (lowest quarter) to 4 (highest) by the national quartiles; 0 when the value or spread is missing. */
    public int quartile(Double value) {
        if (value == null || median == null) {
            return 0;
        }
        return value < q1 ? 1 : value < median ? 2 : value < q3 ? 3 : 4;
    }

    /** Interquartile range, or |median| when all values sit together (a scale for "how big a move is"). */
    public double scale() {
        if (q1 == null) {
            return 1;
        }
        double iqr = q3 - q1;
        return iqr > 0 ? iqr : Math.max(Math.abs(median), 1e-9);
    }
}
