package se.finsambench.webapp.pages.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a source line the figure stands, so the page can mark it. Reports print amounts in kr, tkr or
 * mnkr with Swedish separators, so each number on the line is read and compared with the value at those
 * three scales; the first that matches (to the precision printed) wins.
 */
public final class Highlight {

    /** A start (inclusive) and end (exclusive) character offset in the source text. */
    public record Span(int start, int end) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d,.])(?:[-−–]\\s?)?\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d+)?(?![\\d])|(?<![\\d,.])[-−–]?\\d+(?:[,.]\\d+)?(?![\\d])");

    private Highlight() {
    }

    public static Span find(String text, Double value) {
        if (text == null || value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        Span loose = null;
        while (m.find()) {
            String token = m.group();
            double printed = parse(token);
            int decimals = token.contains(",") ? token.length() - token.indexOf(',') - 1 : 0;
            double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
            for (double scale : new double[] {1, 1_000, 1_000_000}) {
                double expected = value / scale;
                if (Math.abs(Math.abs(printed) - Math.abs(expected)) <= tolerance) {
                    Span span = new Span(m.start(), m.end());
                    if (Math.signum(printed) == Math.signum(expected) || expected == 0) {
                        return span;
                    }
                    // The word may carry the sign ("underskott på 212 000 kr"); keep it in case nothing better comes.
                    loose = loose == null ? span : loose;
                }
            }
        }
        return loose;
    }

    static double parse(String token) {
        String t = token.replace('−', '-').replace('–', '-').replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
