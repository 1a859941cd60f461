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
 *
 * <p>In a line without TABs, spaces are kept as they stand, also at the line's start: in text from a
 * PDF-to-text tool ({@code pdftotext -layout}) or any other space-aligned table, the character position
 * is the column, and an empty cell shows only as a wider gap. Only the line end is trimmed. In a TAB line
 * the TABs are the columns, so spaces next to a TAB and at either end go, and a run of spaces is kept as
 * two.
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
                break;
            }
            previous = next;
        }
        return indented(previous, indentation(line));
    }

    /**
     * The spaces a line starts with as written (no-break and other wide spaces count as one each). Spaces that
     * appear only once markup or a footnote mark before the text is removed are no column position.
     */
    static int indentation(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || (c >= '\u2000' && c <= '\u200A')) {
                n++;
            } else if (c != '\f' && c != '\uFEFF') {
                break;
            }
        }
        return n;
    }

    private static String indented(String normal, int indentation) {
        if (normal.indexOf('\t') >= 0 || normal.isEmpty()) {
            return normal;
        }
        int start = 0;
        while (start < normal.length() && normal.charAt(start) == ' ') {
            start++;
        }
        return start == indentation ? normal : " ".repeat(indentation) + normal.substring(start);
    }

    /**
     * A conservative test that no step of {@link #normalizeOnce} changes the line: no markup or entity, only
     * printable ASCII, TAB, Latin-1 letters and signs and a few other signs (all NFC-stable; no no-break or
     * soft hyphen, no superscript), no space at the end; in a TAB line also no run of more than two spaces, no
     * space next to a TAB or at the start. False means "maybe": the line then goes through the passes.
     */
    static boolean alreadyNormal(String line) {
        int n = line.length();
        if (line.charAt(n - 1) == ' ') {
            return false;
        }
        boolean tabs = line.indexOf('\t') >= 0;
        if (tabs && line.charAt(0) == ' ') {
            return false;
        }
        int spaces = 0;
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (tabs && (++spaces > 2 || previous == '\t')) {
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
                // A form feed (pdftotext's page break) starts a line: a space there would shift its columns.
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\f' -> { }
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

    /** No space at the line end; in a TAB line also none at the start or next to a TAB, and runs kept as two. */
    static String tidySpaces(String s) {
        int start = 0;
        if (s.indexOf('\t') >= 0) {
            s = SPACES.matcher(s).replaceAll("  ");
            s = SPACES_AROUND_TAB.matcher(s).replaceAll("\t");
            while (start < s.length() && s.charAt(start) == ' ') {
                start++;
            }
        }
        int end = s.length();
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
