package se.finsambench.pipeline.extract;

public enum DocType {
    ANNUAL_REPORT, INTERIM_REPORT, MINUTES, OTHER;

    /**
     * Reports cover a period of their own (the year or half-year they report on), which a table without captions
     * can take; minutes do not: a meeting's year is not the year of the figures it shows (an appendix's budget is
     * for the next year), and other documents only guess theirs.
     */
    public boolean hasOwnPeriod() {
        return this == ANNUAL_REPORT || this == INTERIM_REPORT;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
