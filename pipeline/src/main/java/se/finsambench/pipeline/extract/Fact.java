package se.finsambench.pipeline.extract;

import java.time.LocalDate;

/**
 * One figure a document states, with where it was stated.
 *
 * @param precision half the place value of the last digit the document gave, in the unit of
 *                  {@code value} (500 for "3 056 tkr", 0.5 for "24 %"): a tkr figure and the same
 *                  figure in kr agree when they are within this
 * @param origin    which mechanism found it, with its place rank ({@link Origin})
 * @param rank      1 for the statement preferred among those with the same key; 2, 3 … for the others
 */
public record Fact(
        String concept,
        String member,
        int fiscalYear,
        LocalDate periodEnd,
        Scenario scenario,
        double value,
        Unit unit,
        int sourceLine,
        String sourceText,
        double confidence,
        double precision,
        Origin origin,
        int rank) {

    public Fact {
        member = member == null ? "" : member;
    }

    /** The identity two statements of the same figure share. */
    public FactKey key() {
        return new FactKey(concept, member, periodEnd, scenario);
    }

    public Fact withRank(int newRank) {
        return new Fact(concept, member, fiscalYear, periodEnd, scenario, value, unit, sourceLine,
                sourceText, confidence, precision, origin, newRank);
    }

    public Fact withMember(String newMember) {
        return new Fact(concept, newMember, fiscalYear, periodEnd, scenario, value, unit, sourceLine,
                sourceText, confidence, precision, origin, rank);
    }
}
