package se.finsambench.pipeline.extract;

import java.util.regex.Matcher;

/**
 * The literal word a case-insensitive pattern's every match starts with ("resultat" in
 * {@code (?<!balanserat )resultat\p{L}*\s+för …}), case-folded, and the search that tries the pattern only where
 * that word stands in the folded text: the same matches, in the same order, as {@link Matcher#find} trying every
 * position. Leading lookbehinds are passed over (they look at the text before the start, which the matcher still
 * sees); a pattern with an alternation at its top level, or without such a word, has none.
 */
final class LiteralStart {

    /** Shorter words stand too often to save much. */
    private static final int MIN_LENGTH = 3;

    private LiteralStart() {
    }

    /** The folded literal start of a regex, or null. */
    static String of(String regex) {
        if (hasTopLevelAlternation(regex)) {
            return null;
        }
        int i = 0;
        while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
            i = groupEnd(regex, i);
            if (i < 0) {
                return null;
            }
        }
        int end = i;
        while (end < regex.length() && (Character.isLetter(regex.charAt(end)) || regex.charAt(end) == ' ')) {
            end++;
        }
        // A quantifier after the word makes its last letter optional or repeated: the word stops before it.
        if (end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0) {
            end--;
        }
        return end - i >= MIN_LENGTH ? CaseFold.fold(regex.substring(i, end)) : null;
    }

    /**
     * {@code m.find(from)} for a pattern whose matches all start with {@code start}: tried only where the folded
     * text holds it. {@code m} must see the text outside its region ({@link Matcher#useTransparentBounds}, not
     * anchoring), and {@code folded} must be the text folded char by char (same length, no surrogates).
     */
    static boolean find(Matcher m, String text, String folded, String start, int from) {
        for (int at = folded.indexOf(start, from); at >= 0; at = folded.indexOf(start, at + 1)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The index after the group opening at {@code open}, or -1 when it does not close. */
    private static int groupEnd(String regex, int open) {
        int[] depth = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == depth[open]) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean hasTopLevelAlternation(String regex) {
        int[] depth = depths(regex);
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per char of a regex, how many groups it stands in (a group's own parentheses count as inside it); -1 for
     * the chars of an escape or a character class, whose parentheses and bars are literal.
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out[i] = -1;
                if (i + 1 < out.length) {
                    out[++i] = -1;
                }
            } else if (inClass) {
                out[i] = -1;
                inClass = c != ']';
            } else if (c == '[') {
                out[i] = -1;
                inClass = true;
            } else {
                depth += c == '(' ? 1 : 0;
                out[i] = depth;
                depth -= c == ')' ? 1 : 0;
            }
        }
        return out;
    }
}
