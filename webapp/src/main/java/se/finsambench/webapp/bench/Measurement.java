package se.finsambench.webapp.bench;

import java.util.List;

/**
 * One benchmark figure: the samples of repeated runs (median, min and max are reported) and the target it is
 * held against, if any. The web app's twin of the pipeline's {@code bench.Measurement} (the webapp module does
 * not depend on the pipeline), so both print and write the same columns.
 *
 * @param benchmark the benchmark's name, e.g. "api load"
 * @param subject   what was measured, e.g. "/api/jamforelse, 16 connections"
 * @param metric    e.g. "p95 ms"
 * @param samples   one value per run
 * @param target    the target, or null when the figure is for information
 */
public record Measurement(String benchmark, String subject, String metric, List<Double> samples, Target target) {

    public Measurement {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a measurement needs at least one sample: " + subject);
        }
        samples = List.copyOf(samples);
    }

    public static Measurement of(String benchmark, String subject, String metric, List<Double> samples) {
        return new Measurement(benchmark, subject, metric, samples, null);
    }

    public Measurement against(Target target) {
        return new Measurement(benchmark, subject, metric, samples, target);
    }

    public double median() {
        return Stats.median(samples);
    }

    public double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** "yes", "NO" or "" when there is no target; the median is what is held against it. */
    public String verdict() {
        return target == null ? "" : target.metBy(median()) ? "yes" : "NO";
    }

    /** A target: the median must be at least or at most the limit. */
    public record Target(boolean atLeast, double limit) {

        public static Target atLeast(double limit) {
            return new Target(true, limit);
        }

        public static Target atMost(double limit) {
            return new Target(false, limit);
        }

        boolean metBy(double value) {
            return atLeast ? value >= limit : value <= limit;
        }

        @Override
        public String toString() {
            return (atLeast ? "≥ " : "≤ ") + BenchTable.number(limit);
        }
    }
}
