package se.finsambench.webapp.bench;

import java.util.Collection;
import java.util.List;

/** The median of samples (the mean of the middle two for an even count). */
final class Stats {

    private Stats() {
    }

    static double median(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = samples.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
