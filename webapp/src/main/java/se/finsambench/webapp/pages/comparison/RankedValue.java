package se.finsambench.webapp.pages.comparison;

import java.util.List;

/**
 * One association's value in a comparison, with what the table, chart and provenance link need, and its values of
 * the same class of period over the last five years (oldest first, null where none) for the sparkline.
 */
public record RankedValue(Integer rank, String associationId, String name, String county, Double value, String unit,
                          String quality, int quartile, int fiscalYear, String periodEnd, List<String> docIds,
                          Double numerator, Double denominator, String note, List<Double> trend) {
}
