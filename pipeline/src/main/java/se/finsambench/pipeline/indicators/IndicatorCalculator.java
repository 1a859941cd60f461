package se.finsambench.pipeline.indicators;

import java.util.List;
import java.util.Set;

/** Every indicator of DESIGN.md for one association, from the facts chosen for it. */
public final class IndicatorCalculator {

    private final PopulationReference population;

    public IndicatorCalculator(PopulationReference population) {
        this.population = population;
    }

    /**
     * @param facts           the chosen facts of one association (all periods)
     * @param members         the association's member municipalities (SCB names)
     * @param failedInputs    "concept|periodEnd" of inputs that failed a reconciliation check
     */
    public List<IndicatorValue> compute(String associationId, List<SourcedFact> facts, List<String> members,
                                        Set<String> failedInputs) {
        return List.of(); // being written in main alongside the Spark job
    }
}
