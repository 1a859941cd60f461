package se.finsambench.webapp.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.finsambench.webapp.lake.Period;

/** Reading one URL parameter each, with a Swedish message that names it when the value cannot be used. */
public final class Params {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{64}|unread:[0-9a-f]{64}|correction:\\d{1,9}");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]{0,60}");

    private Params() {
    }

    public static Integer year(Request r) {
        String v = r.param("ar");
        if (v == null) {
            return null;
        }
        if (!YEAR.matcher(v).matches() || Integer.parseInt(v) < 1990 || Integer.parseInt(v) > 2100) {
            throw new InvalidFilterException("ar", "ar ska vara ett årtal, t.ex. 2023, inte " + v);
        }
        return Integer.parseInt(v);
    }

    public static Integer integer(Request r, String name, int min, int max) {
        String v = r.param(name);
        if (v == null) {
            return null;
        }
        if (!INTEGER.matcher(v).matches() || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw new InvalidFilterException(name, name + " ska vara ett heltal från " + min + " till " + max + ", inte " + v);
        }
        return Integer.parseInt(v);
    }

    /** A real calendar date (2024-13-45 is refused here, not by the database). */
    public static LocalDate date(Request r, String name) {
        String v = r.param(name);
        if (v == null) {
            return null;
        }
        try {
            if (DATE.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new InvalidFilterException(name, name + " ska vara ett datum ÅÅÅÅ-MM-DD som finns, t.ex. 2023-12-31, inte " + v);
    }

    public static Period period(Request r) {
        String v = r.param("period");
        try {
            return Period.parse(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidFilterException("period", e.getMessage());
        }
    }

    /** An association id as in the lake (lowercase slug). */
    public static String slug(Request r, String name, boolean inPath) {
        String v = inPath ? r.pathParam(name) : r.param(name);
        if (v == null) {
            return null;
        }
        if (!SLUG.matcher(v).matches()) {
            throw new InvalidFilterException(name, name + " ska vara ett förbunds-id med små bokstäver, siffror och -, inte " + v);
        }
        return v;
    }

    public static String docId(Request r, String name, boolean inPath) {
        String v = inPath ? r.pathParam(name) : r.param(name);
        if (v == null) {
            return null;
        }
        if (!DOC_ID.matcher(v).matches()) {
            throw new InvalidFilterException(name, name + " ska vara ett dokument-id (64 hexadecimala tecken)");
        }
        return v;
    }

    public static String indicator(Request r, String name) {
        String v = r.param(name);
        if (v == null) {
            return null;
        }
        if (!INDICATOR.matcher(v).matches() || IndicatorCatalog.find(v).isEmpty()) {
            throw new InvalidFilterException(name, "Okänd indikator: " + v);
        }
        return v;
    }

    /** Free text (a concept or member name): only its length and characters are checked, by {@link Request}. */
    public static String text(Request r, String name) {
        return r.param(name);
    }
}
