package se.finsambench.pipeline.generate;

import java.util.Map;

/**
 * The figures of an interim report: the period's outcome and the full-year forecast.
 *
 * @param months       6 (30 June) or 8 (31 August)
 * @param statePaid    the part of the state's contribution paid by the period end (region and
 *                     municipalities pay the whole year in advance)
 * @param lineCosts    outcome per cost line (insatser, "Kansli", "Styrelse") for the period
 * @param lineForecast full-year forecast per cost line
 */
record InterimFinance(int months, long statePaid, long revenue, Map<String, Long> lineCosts, long costs, long result,
                      long receivables, long cash, long liabilities, long equity,
                      Map<String, Long> lineForecast, long forecastRevenue, long forecastCosts, long forecastResult,
                      Map<String, Participants> participants) {
}
