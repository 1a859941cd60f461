package se.finsambench.pipeline.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * One indicator for one association and period.
 *
 * @param quality {@code ok}, {@code derived}, {@code inconsistent} (an input failed a check) or
 *                {@code missing_input}
 * @param docIds  the documents whose facts went into it
 */
public record IndicatorValue(String associationId, int fiscalYear, LocalDate periodEnd, String indicatorId,
                             Double value, Double numerator, Double denominator, String unit, String quality,
                             List<String> docIds, String note) {
    public IndicatorValue {
        docIds = List.copyOf(docIds);
    }
}
