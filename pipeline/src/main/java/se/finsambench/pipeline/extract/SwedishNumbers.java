package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written the Swedish ways: space as thousands separator, decimal comma, minus as
 * -, − or – written tight against the digits, percent as "90,9 %" or "19%". Never throws.
 */
public final class SwedishNumbers {

    private SwedishNumbers() {
    }

    // Things that contain digits but are not figures; masked before numbers are looked for.
    private static final Pattern NOT_FIGURES = Pattern.compile(
            "\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b"            // dates 2023-12-31
            + "|\\b\\d{6}\\s?[-–‑]\\s?\\d{4}\\b"              // organisation numbers 222000-2642
            + "|\\b(?:19|20)\\d{2}:\\d{1,4}\\b"               // law numbers 2003:1210, Dnr 2024:01
            + "|\\b\\d{1,2}[.:]\\d{2}\\s?[-–]\\s?\\d{1,2}[.:]\\d{2}\\b" // times 13.00–14.30
            + "|\\bkl\\.?\\s?\\d{1,2}[.:]\\d{2}\\b"
            + "|\\b\\d{2,4}[-–]\\d{2,3}\\s?\\d{2}\\s?\\d{2}\\b" // phone numbers 08-123 45 67
            + "|\\b(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)?\\d{2}\\b(?!\\s?\\d{3})" // year ranges 2022-2024
            + "|\\b\\d{1,2}/\\d{1,2}\\b"                     // 25/4
            + "|\\b\\d{4}\\.\\d{2}\\.\\d{2}\\b");             // 2020.12.01

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d,.])([-−–](?=\\d))?(\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d])(\\s?%)?");

    private static final Pattern UNIT_WORD =
            Pattern.compile("(?i)(?:kr\\.?|kronor|tkr\\.?|t\\.kr\\.?|mnkr|mkr|milj\\.? ?kr\\.?|st\\.?|\\*+|%|pp|procent)");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ \\u00a0\\u202f\\u2009]");

    /** All numbers in a piece of text, left to right. */
    public static List<NumberToken> findAll(String text) {
        List<NumberToken> out = new ArrayList<>();
        if (text == null || text.isEmpty() || !hasDigit(text)) {
            return out; // every number has an ASCII digit; most labels and words have none
        }
        String masked = mask(text);
        Matcher m = startingAt(NUMBER.matcher(masked));
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            // A number starts with a digit or a minus sign, not right after a letter, digit, comma or point (the
            // pattern's lookbehind); elsewhere it need not be tried.
            if (((c >= '0' && c <= '9') || c == '-' || c == '−' || c == '–')
                    && !(i > 0 && isLetterDigitCommaOrPoint(masked.charAt(i - 1)))) {
                m.region(i, masked.length());
                if (m.lookingAt()) {
                    toToken(m).ifPresent(out::add);
                    i = m.end() - 1;
                }
            }
        }
        return out;
    }

    /**
     * The single number a table cell holds, allowing a trailing unit word ("kr", "tkr", "st") and
     * footnote marks; empty when the cell holds no number or more than one.
     */
    public static Optional<NumberToken> parseCell(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String trimmed = cell.strip();
        List<NumberToken> all = findAll(trimmed);
        if (all.size() != 1) {
            return Optional.empty();
        }
        NumberToken t = all.get(0);
        String rest = (trimmed.substring(0, t.start()) + " " + trimmed.substring(t.end())).strip();
        return rest.isEmpty() || isUnitWord(rest) ? Optional.of(t) : Optional.empty();
    }

    /** "-", "–" or "−" alone: the report's way of writing zero or nothing. */
    public static boolean isDash(String cell) {
        String s = cell == null ? "" : cell.strip();
        return s.equals("-") || s.equals("–") || s.equals("−") || s.equals("—");
    }

    private static boolean isUnitWord(String rest) {
        return UNIT_WORD.matcher(rest).matches();
    }

    /** Whether the text holds a digit 0-9, the only digits {@code \\d} matches. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static String mask(String text) {
        if (!hasDigit(text)) {
            return text; // everything masked contains a digit
        }
        Matcher m = startingAt(NOT_FIGURES.matcher(text));
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every shape masked starts at a word boundary with a digit or "kl"; elsewhere the pattern need not be
            // tried. Right after a letter or digit there is no boundary.
            boolean mayStart = c == 'k' || (c >= '0' && c <= '9' && separatorAfterDigits(text, i));
            if (mayStart && !(i > 0 && isLetterOrDigit(text.charAt(i - 1)))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    sb.append(text, last, m.start());
                    sb.append("#".repeat(m.end() - m.start()));
                    last = m.end();
                    i = m.end() - 1;
                }
            }
        }
        sb.append(text, last, text.length());
        return sb.toString();
    }

    /**
     * Whether the digits starting at {@code at} could begin a shape {@link #NOT_FIGURES} masks: each has one to six
     * digits, then a separator (- – ‑ : . /), or one whitespace and a dash. Plain figures ("1 234 567") have none.
     */
    private static boolean separatorAfterDigits(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i - at > 6 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '-' || c == '–' || c == '‑' || c == ':' || c == '.' || c == '/') {
            return true;
        }
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        return space && i + 1 < text.length() && (text.charAt(i + 1) == '-' || text.charAt(i + 1) == '–'
                || text.charAt(i + 1) == '‑');
    }

    /** A letter or digit for {@code \\b}; a surrogate is left undecided (false) so its position is still tried. */
    private static boolean isLetterOrDigit(char c) {
        return !Character.isSurrogate(c) && (c == '_' || Character.isLetterOrDigit(c));
    }

    /** What the number pattern's lookbehind {@code [\\p{L}\\d,.]} refuses; surrogates left undecided (false). */
    private static boolean isLetterDigitCommaOrPoint(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.' || (!Character.isSurrogate(c) && Character.isLetter(c));
    }

    /**
     * A matcher to be tried at chosen positions only ({@code region(i, end)} then {@code lookingAt()}): it sees
     * the text around the region, so lookbehinds and word boundaries judge as {@code find()} would, and it gives
     * the same matches as {@code find()} as long as the positions skipped are ones no match can start at.
     */
    private static Matcher startingAt(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static Optional<NumberToken> toToken(Matcher m) {
        String digits = m.group(2).length() <= 3 ? m.group(2) : GROUP_SEPARATOR.matcher(m.group(2)).replaceAll("");
        String fraction = m.group(3);
        if (digits.length() > 15) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(fraction == null ? digits : digits + "." + fraction);
            if (m.group(1) != null) {
                v = -v;
            }
            int decimals = fraction == null ? 0 : fraction.length();
            return Optional.of(new NumberToken(v, decimals, m.group(4) != null, m.start(), m.end()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
