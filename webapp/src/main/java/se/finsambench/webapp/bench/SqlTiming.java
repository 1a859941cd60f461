package se.finsambench.webapp.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One query timed both ways in the same run, interleaved: through the web app ({@code POST /api/sql} over HTTP,
 * as the workbench sends it) and through DuckDB JDBC directly on the same Parquet. The overhead is the ratio
 * of the medians (issue 7's target: ≤ 1.2×).
 */
final class SqlTiming {

    static final double RATIO_TARGET = 1.2;

    private final List<Double> viaApi = new ArrayList<>();
    private final List<Double> direct = new ArrayList<>();

    void api(double millis) {
        viaApi.add(millis);
    }

    void direct(double millis) {
        direct.add(millis);
    }

    double apiMedian() {
        return Stats.median(viaApi);
    }

    double directMedian() {
        return Stats.median(direct);
    }

    /** Median through the API over the median through JDBC: 1.0 means no overhead. */
    double ratio() {
        double d = directMedian();
        if (d <= 0) {
            throw new IllegalStateException("a direct time of " + d + " ms cannot be compared with");
        }
        return apiMedian() / d;
    }

    boolean withinTarget() {
        return ratio() <= RATIO_TARGET;
    }
}
