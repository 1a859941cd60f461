package se.finsambench.pipeline.read;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Puts one line of extracted text into the canonical form every later stage relies on.
 * Pure and idempotent: {@code normalize(normalize(s)).equals(normalize(s))}.
 *
 * <p>TABs separate table cells and are never collapsed or removed, also at the end of a line,
 * because a trailing empty cell keeps the column count of a table row.
 */
public final class TextNormalizer {
    // Known inline/block tag names only, so prose like "<5 år" or "a < b" is left alone.
    // Tags with the spaces around them become one space: markup must not look like a column gap.
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?: *</?(?:p|div|span|ul|ol|li|i|b|u|em|strong|br|hr|a|font|small|big|sup|sub|table|thead|tbody|tfoot"
                    + "|tr|td|th|h[1-6]|blockquote|pre|code|img|section|article|header|footer)\\b[^<>]*/?> *)+",
            Pattern.CASE_INSENSITIVE);
    // A footnote written as HTML superscript must vanish, not turn into a digit glued to a number.
    private static final Pattern SUP_FOOTNOTE = Pattern.compile(
            "<sup\\b[^<>]*>\\s*[0-9*†]{1,3}\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");
    // "m²" and "m³" after a non-letter are units (kr/m², 40 m²), not footnotes.
    private static final Pattern SUPERSCRIPT_FOOTNOTE = Pattern.compile("[¹⁴⁵⁶⁷⁸⁹⁰]|(?<!(?<!\\p{L})m)[²³]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACES_AROUND_TAB = Pattern.compile(" *\t *");

    private static final int MAX_PASSES = 10;

    private TextNormalizer() {
    }

    public static String normalize(String line) {
        if (line == null || line.isEmpty()) {
            return "";
        }
        if (alreadyNormal(line)) {
            return line; // nearly every line of a text report: no pass would change it
        }
        // One pass almost always suffices; a second is needed when removing a character reveals
        // something else to clean, e.g. "<\u00ADb>" or "&amp;nbsp;". Every pass that changes a line shortens it
        // (after the one-time ligature expansion), so this ends; the bound is a belt-and-braces guard.
        String previous = line;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = normalizeOnce(previous);
            if (next.equals(previous)) {
                return next;
            }
            previous = next;
        }
        return previous;
    }

    /**
     * A conservative test that no step of {@link #normalizeOnce} changes the line: no markup or entity, only
     * printable ASCII, TAB, Latin-1 letters and signs and a few other signs (all NFC-stable; no no-break or
     * soft hyphen, no superscript), no run of more than two spaces (two are kept as a column gap), no space next to a TAB or at
     * either end. False means "maybe": the line then goes through the passes.
     */
    static boolean alreadyNormal(String line) {
        int n = line.length();
        if (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ') {
            return false;
        }
        int spaces = 0;
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (++spaces > 2 || previous == '\t') {
                    return false;
                }
            } else {
                if (c == '\t' ? spaces > 0 : c < 0x20 || c == '&' || c == '<' || (c >= 0x7F && c <= 0xA0) || c == 0xAD
                        || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c > 0xFF && !plainSign(c))) {
                    return false;
                }
                spaces = 0;
            }
            previous = c;
        }
        return true;
    }

    /** Dashes, quotes, bullets (U+2010–U+2027), the minus sign and the euro sign: no step touches them. */
    private static boolean plainSign(char c) {
        return (c >= '\u2010' && c <= '\u2027') || c == '\u2212' || c == '\u20AC';
    }

    static String normalizeOnce(String line) {
        String s = decodeMarkup(line);
        s = mapSpecialCharacters(s);
        s = SUPERSCRIPT_FOOTNOTE.matcher(s).replaceAll("");
        // Last, because removing a character can bring a letter and a combining mark together.
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return tidySpaces(s);
    }

    /**
     * Decodes entities such as {@code &amp;} and {@code &nbsp;}, then replaces leftover HTML tags by a space.
     * Entities first, so an escaped tag ({@code &lt;p&gt;}) is removed too and a second pass changes nothing.
     */
    static String decodeMarkup(String s) {
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        if (s.indexOf('<') >= 0) {
            s = HTML_COMMENT.matcher(s).replaceAll(" ");
            s = SUP_FOOTNOTE.matcher(s).replaceAll("");
            s = HTML_TAG.matcher(s).replaceAll(" ");
        }
        return s;
    }

    /** Unifies space characters, drops invisible ones; keeps TAB and all minus/dash signs as they are. */
    static String mapSpecialCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> out.append('\t');
                case '\u00A0', '\u202F', '\u2007', '\u205F', '\u3000' -> out.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r' -> { }
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' '); // en/em/thin/hair spaces used as thousands separators
                    } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** One space between words, no spaces at the line start, at the line end or next to a TAB. */
    static String tidySpaces(String s) {
        // A run of spaces is kept as two: in plain text it is the only sign of a column gap.
        s = SPACES.matcher(s).replaceAll("  ");
        s = SPACES_AROUND_TAB.matcher(s).replaceAll("\t");
        int start = 0;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        int end = s.length();
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
