package se.finsambench.pipeline.generate;

/**
 * What to generate: how many associations, which fiscal years, and the seed that makes the corpus
 * reproducible (same settings, same bytes).
 */
public record GeneratorSettings(int associations, int fromYear, int toYear, long seed) {

    public GeneratorSettings {
        if (associations < 1) {
            throw new IllegalArgumentException("at least one association is needed");
        }
        if (fromYear > toYear || fromYear < 2005 || toYear > 2100) {
            throw new IllegalArgumentException("years must run forwards from 2005: " + fromYear + "-" + toYear);
        }
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(75, 2019, 2024, 20_240_601L);
    }
}
