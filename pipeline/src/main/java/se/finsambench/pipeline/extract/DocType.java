package se.finsambench.pipeline.extract;

public enum DocType {
    ANNUAL_REPORT, INTERIM_REPORT, MINUTES, OTHER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
