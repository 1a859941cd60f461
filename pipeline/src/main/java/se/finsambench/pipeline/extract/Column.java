package se.finsambench.pipeline.extract;

import java.time.LocalDate;

/**
 * What one value column of a table holds, resolved from its header cells.
 *
 * @param kind      PERIOD: a figure for a period and scenario; ENTITY: a figure for a named insats
 *                  (participants tables); TOTAL: the association as a whole; GENDER: women or men;
 *                  IGNORE: deviations, note numbers, text
 * @param measure   "intäkt", "kostnad", "netto" or "" — the sub-column of an operating statement
 * @param entity    the insats name of an ENTITY column, or "kvinnor"/"män" for GENDER
 * @param scale     a unit the column header itself declares ("Kr"), or null
 */
public record Column(Kind kind, Scenario scenario, int fiscalYear, LocalDate periodEnd, String measure,
                     String entity, MoneyScale scale, String header) {

    public enum Kind { PERIOD, ENTITY, TOTAL, GENDER, IGNORE }

    public static Column ignore(String header) {
        return new Column(Kind.IGNORE, null, 0, null, "", "", null, header);
    }

    /** Same scenario and period: two columns that must not hold different figures. */
    public String periodKey() {
        return scenario + "|" + periodEnd + "|" + measure;
    }
}
