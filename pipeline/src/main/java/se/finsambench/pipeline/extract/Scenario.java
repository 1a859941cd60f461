package se.finsambench.pipeline.extract;

/** Whether a figure is an outcome or a plan; ids are the lake's lowercase values. */
public enum Scenario {
    ACTUAL, BUDGET, FORECAST, PLAN;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
