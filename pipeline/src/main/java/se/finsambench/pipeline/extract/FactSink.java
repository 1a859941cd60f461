package se.finsambench.pipeline.extract;

import java.time.LocalDate;

/** Where readers put what they find in a document: figures, insats names, and why something was not used. */
interface FactSink {

    /** A figure the document states; dropped (with a problem) when it cannot be one. Confidence is the origin's. */
    default void add(String concept, String member, Scenario scenario, LocalDate periodEnd, double value, double precision,
                     int line, Origin origin) {
        add(concept, member, scenario, periodEnd, value, precision, line, origin.confidence(), origin);
    }

    void add(String concept, String member, Scenario scenario, LocalDate periodEnd, double value, double precision,
             int line, double confidence, Origin origin);

    /** A plain-language reason why part of the document could not be used. */
    void problem(String problem);

    /** The member id of an insats named as written ("intervention:Koll på f"), "" when the name is empty. */
    String intervention(String name);
}
