package se.finsambench.pipeline.indicators;

import java.time.LocalDate;

/**
 * One reconciliation check on one document: what the document's own figures say a value should be
 * ({@code expected}) against what it states ({@code actual}).
 *
 * @param inputs the concepts whose figures took part, so indicators built on them can be flagged
 */
public record CheckResult(String checkId, LocalDate periodEnd, String scenario, double expected, double actual,
                          boolean passed, String description, java.util.List<String> inputs) {
    public CheckResult {
        inputs = java.util.List.copyOf(inputs);
    }
}
