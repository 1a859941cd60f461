package se.finsambench.pipeline.extract;

/** Units of a fact's value in the lake: kronor, a head count, or percent. */
public enum Unit {
    SEK, COUNT, PCT;

    public String id() {
        return this == SEK ? "SEK" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
