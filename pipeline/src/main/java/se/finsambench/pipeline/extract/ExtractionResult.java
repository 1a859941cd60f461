package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * Everything read from one document. {@code problems} are plain-language reasons why the document
 * could be read only in part (or not at all); an empty list means nothing looked wrong.
 */
public record ExtractionResult(
        DocumentInfo info,
        List<Fact> facts,
        List<Intervention> interventions,
        List<Decision> decisions,
        List<String> problems) {

    public ExtractionResult {
        facts = List.copyOf(facts);
        interventions = List.copyOf(interventions);
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
    }

    /** The same extraction with another identity and list of problems. */
    public ExtractionResult with(DocumentInfo newInfo, List<String> newProblems) {
        return new ExtractionResult(newInfo, facts, interventions, decisions, newProblems);
    }
}
