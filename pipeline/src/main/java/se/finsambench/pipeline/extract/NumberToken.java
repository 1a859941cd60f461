package se.finsambench.pipeline.extract;

/**
 * A number as written in a document.
 *
 * @param value    the number as printed (no unit scaling), sign applied
 * @param decimals digits after the decimal comma (drives {@link #halfUlp()})
 * @param percent  followed by a percent sign
 * @param start    offset in the text it was found in
 * @param end      offset just past the number (and its percent sign)
 */
public record NumberToken(double value, int decimals, boolean percent, int start, int end) {

    /** Half a unit of the last printed digit: "3 056" → 0.5, "90,9" → 0.05. */
    public double halfUlp() {
        return 0.5 * Math.pow(10, -decimals);
    }
}
