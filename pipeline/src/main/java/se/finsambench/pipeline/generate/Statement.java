package se.finsambench.pipeline.generate;

import java.time.LocalDate;

/**
 * One place where a document states a figure, before the truth picks one statement per figure.
 *
 * @param precision half the place value of the last printed digit (0.5 for kr and counts, 500 for tkr)
 * @param place     how authoritative the place is, as the extractor ranks it: 0 statements, 1 notes and
 *                  balance sheets, 2 overviews and operating statements, 3 participants/NNS/profile/budget
 *                  tables, 4 other tables, 5 derived, 6 prose
 */
record Statement(String concept, String member, int fiscalYear, LocalDate periodEnd, String scenario, double value,
                 double tolerance, double precision, int place, String layout, String flaw) {

    String key() {
        return concept + "|" + member + "|" + periodEnd + "|" + scenario;
    }
}
