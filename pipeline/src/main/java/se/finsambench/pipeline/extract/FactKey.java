package se.finsambench.pipeline.extract;

import java.time.LocalDate;

/** Concept, member, period and scenario: what makes two facts statements of the same figure. */
public record FactKey(String concept, String member, LocalDate periodEnd, Scenario scenario) {
}
