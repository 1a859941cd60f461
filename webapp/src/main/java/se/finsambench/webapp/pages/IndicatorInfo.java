package se.finsambench.webapp.pages;

import java.util.List;

/**
 * How the UI names and orders one indicator. {@code better} is +1 when a higher value is better, -1 when
 * lower is better, 0 when neither (the ranking then goes highest first). {@code inputs} are the fact
 * concepts the indicator is computed from, for provenance.
 */
public record IndicatorInfo(String id, String label, String unit, int better, List<String> inputs, String help) {
}
