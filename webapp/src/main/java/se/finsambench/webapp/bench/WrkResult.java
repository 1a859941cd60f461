package se.finsambench.webapp.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one wrk run measured, read from the line {@link WrkScript}'s {@code done()} prints:
 * {@code wrk-result requests=… duration_us=… p50_us=… p95_us=… p99_us=… connect=… read=… write=… status=… timeout=…}.
 * wrk's own {@code --latency} table has no p95, hence the script. {@code status} counts answers with a status
 * of 400 or more (wrk's {@code summary.errors.status}); the others are socket errors and timeouts.
 */
public record WrkResult(long requests, long durationMicros, double p50Micros, double p95Micros, double p99Micros,
                        long connectErrors, long readErrors, long writeErrors, long statusErrors, long timeouts) {

    static final String MARKER = "wrk-result";
    private static final List<String> KEYS = List.of("requests", "duration_us", "p50_us", "p95_us", "p99_us", "connect",
            "read", "write", "status", "timeout");

    /** The result line in wrk's standard output, if there is one. */
    public static Optional<WrkResult> parse(String stdout) {
        for (String line : stdout.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(MARKER + " ")) {
                return Optional.of(parseLine(trimmed));
            }
        }
        return Optional.empty();
    }

    private static WrkResult parseLine(String line) {
        Map<String, Double> v = new HashMap<>();
        for (String part : line.substring(MARKER.length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    v.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("wrk printed a value that is not a number: " + part, e);
                }
            }
        }
        for (String k : KEYS) {
            if (!v.containsKey(k)) {
                throw new IllegalArgumentException("wrk's result line has no " + k + ": " + line);
            }
        }
        return new WrkResult(v.get("requests").longValue(), v.get("duration_us").longValue(), v.get("p50_us"),
                v.get("p95_us"), v.get("p99_us"), v.get("connect").longValue(), v.get("read").longValue(),
                v.get("write").longValue(), v.get("status").longValue(), v.get("timeout").longValue());
    }

    public double requestsPerSecond() {
        return durationMicros <= 0 ? 0 : requests * 1e6 / durationMicros;
    }

    /** Non-2xx answers (≥ 400, as wrk counts them), socket errors and timeouts together. */
    public long errors() {
        return connectErrors + readErrors + writeErrors + statusErrors + timeouts;
    }

    public double p50Millis() {
        return p50Micros / 1000;
    }

    public double p95Millis() {
        return p95Micros / 1000;
    }

    public double p99Millis() {
        return p99Micros / 1000;
    }
}
