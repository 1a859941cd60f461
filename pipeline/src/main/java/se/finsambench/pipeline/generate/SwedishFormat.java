package se.finsambench.pipeline.generate;

import java.util.Locale;

/**
 * Numbers the way Swedish reports print them: a space between thousands, a decimal comma, and the
 * house style's minus sign. Money in kr is printed whole; in tkr it is rounded to whole thousands.
 */
final class SwedishFormat {

    private SwedishFormat() {
    }

    /** "1 234 567", or with the given minus sign when negative. */
    static String grouped(long value, String minus) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return value < 0 ? minus + out : out.toString();
    }

    static String grouped(long value) {
        return grouped(value, "-");
    }

    /** Kronor rounded to the thousands a tkr table shows. */
    static long thousands(long kronor) {
        return Math.round(kronor / 1000.0);
    }

    static String tkr(long kronor, String minus) {
        return grouped(thousands(kronor), minus);
    }

    /** A zero printed as the dash statements use for "none". */
    static String orDash(long value, String text) {
        return value == 0 ? "-" : text;
    }

    /** "90,9 %" (one decimal, spaced), "19%" (whole, glued) or "72" (bare), by house style. */
    static String percent(double value, PercentStyle style) {
        return switch (style) {
            case DECIMAL_SPACED -> String.format(Locale.ROOT, "%.1f", value).replace('.', ',') + " %";
            case WHOLE_GLUED -> Math.round(value) + "%";
            case WHOLE_BARE -> Long.toString(Math.round(value));
        };
    }

    /** The value a percentage printed in this style states. */
    static double statedPercent(double value, PercentStyle style) {
        return style == PercentStyle.DECIMAL_SPACED ? Math.round(value * 10) / 10.0 : Math.round(value);
    }

    enum PercentStyle { DECIMAL_SPACED, WHOLE_GLUED, WHOLE_BARE }
}
