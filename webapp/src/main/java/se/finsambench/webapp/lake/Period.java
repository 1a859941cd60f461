package se.finsambench.webapp.lake;

import java.util.Locale;

/**
 * Full years (period ending 31 December) and half-years (interim reports to 30 June or 31 August) are
 * never ranked together, so every query over indicators names one of them.
 */
public enum Period {
    HELAR("helar", "Helår"),
    HALVAR("halvar", "Halvår");

    private final String param;
    private final String label;

    Period(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** SQL condition on a period_end column (a missing period_end counts as the full year). */
    public String sql(String periodEnd) {
        String fullYear = "(" + periodEnd + " IS NULL OR (month(" + periodEnd + ") = 12 AND day(" + periodEnd + ") = 31))";
        return this == HELAR ? fullYear : "NOT " + fullYear;
    }

    /**
     * The class of periods that may be ranked together: full years, or half-years that end on the same day
     * (an interim report to 30 June covers six months, one to 31 August eight).
     */
    public static String comparable(String periodEnd) {
        return periodEnd == null || periodEnd.length() < 10 ? "12-31" : periodEnd.substring(5, 10);
    }

    public static Period of(String periodEnd) {
        return periodEnd == null || periodEnd.endsWith("-12-31") ? HELAR : HALVAR;
    }

    /** From a URL parameter; null or blank means the full year. */
    public static Period parse(String value) {
        if (value == null || value.isBlank()) {
            return HELAR;
        }
        for (Period p : values()) {
            if (p.param.equals(value.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("period ska vara helar eller halvar, inte " + value);
    }
}
