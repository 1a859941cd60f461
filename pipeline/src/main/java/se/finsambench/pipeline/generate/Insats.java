package se.finsambench.pipeline.generate;

/**
 * An intervention an association finances for some years.
 *
 * @param name       the canonical name the annual report uses
 * @param shortName  how a narrow column prints it ("ANS", "Unga i r"); equal to name when it fits
 * @param individual true for insatser with participants; false for structural work (processledare …)
 * @param firstYear  first year with costs
 * @param lastYear   last year with costs
 * @param weight     its share of the association's intervention money while it runs
 * @param costPerParticipant roughly what one participant costs in a year, kr
 */
record Insats(String name, String shortName, boolean individual, int firstYear, int lastYear, double weight,
              int costPerParticipant) {

    boolean activeIn(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
