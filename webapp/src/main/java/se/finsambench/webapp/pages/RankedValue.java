package se.finsambench.webapp.pages;

import java.util.List;

/** One association's value in a comparison, with what the table, chart and provenance link need. */
public record RankedValue(Integer rank, String associationId, String name, String county, Double value, String unit,
                          String quality, int quartile, int fiscalYear, String periodEnd, List<String> docIds,
                          Double numerator, Double denominator, String note) {
}
