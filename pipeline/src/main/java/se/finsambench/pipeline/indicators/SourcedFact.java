package se.finsambench.pipeline.indicators;

import java.time.LocalDate;

/** A fact chosen for an association and period, with the document it came from. */
public record SourcedFact(String docId, String associationId, String concept, String member, LocalDate periodEnd,
                          String scenario, double value, boolean correction) {
}
