package se.finsambench.pipeline.indicators;

/** Working-age population per municipality and year, from data/reference (SCB). */
public final class PopulationReference {
    public static PopulationReference bundled() {
        return new PopulationReference();
    }
}
