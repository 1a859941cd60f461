package se.finsambench.pipeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and years as reports write them: 2023-12-31, and a year 19xx/20xx standing on its own. */
final class Dates {

    /** ISO dates; groups 1–3 are year, month, day. */
    static final Pattern DATE = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    /** A year not part of a date or a longer number; group 1. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(?![\\d-])");

    private Dates() {
    }

    /** The date a {@link #DATE} match found, or null for impossible dates (2023-02-30). */
    static LocalDate toDate(Matcher d) {
        try {
            return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalDate firstDate(String text) {
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            LocalDate date = toDate(d);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static Optional<LocalDate> lastDate(String text) {
        Matcher d = DATE.matcher(text);
        LocalDate last = null;
        while (d.find()) {
            LocalDate date = toDate(d);
            last = date == null ? last : date;
        }
        return Optional.ofNullable(last);
    }

    static Optional<Integer> lastYear(String text) {
        Matcher y = YEAR.matcher(text);
        Integer last = null;
        while (y.find()) {
            last = Integer.parseInt(y.group(1));
        }
        return Optional.ofNullable(last);
    }

    private static final java.util.List<String> MONTHS = java.util.List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    /** "30 juni 2016": a date written with the month's name. */
    static final Pattern SWEDISH_DATE = Pattern.compile(
            "(?iu)(?<![\\d])(\\d{1,2})\\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\s+((?:19|20)\\d{2})");

    /** The month a Swedish month name names (1–12), 0 for none. */
    static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(java.util.Locale.ROOT)) + 1;
    }

    /** The first "30 juni 2016" in a text, or null. */
    static LocalDate firstSwedishDate(String text) {
        Matcher d = SWEDISH_DATE.matcher(text);
        while (d.find()) {
            try {
                return LocalDate.of(Integer.parseInt(d.group(3)), month(d.group(2)), Integer.parseInt(d.group(1)));
            } catch (DateTimeException e) {
                // not a day of that month: look on
            }
        }
        return null;
    }
}
