package se.finsambench.pipeline.indicators;

import java.time.LocalDate;
import java.util.Comparator;

/** A fact chosen for an association and period, with the document it came from. */
public record SourcedFact(String docId, String associationId, String concept, String member, LocalDate periodEnd,
                          String scenario, double value, boolean correction) {

    /** A total order on every field, so that a calculation over a list of facts does not depend on how it came. */
    public static final Comparator<SourcedFact> ORDER = Comparator
            .comparing(SourcedFact::periodEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourcedFact::concept, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourcedFact::member, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourcedFact::scenario, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SourcedFact::docId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingDouble(SourcedFact::value)
            .thenComparing(SourcedFact::correction)
            .thenComparing(SourcedFact::associationId, Comparator.nullsFirst(Comparator.naturalOrder()));
}
