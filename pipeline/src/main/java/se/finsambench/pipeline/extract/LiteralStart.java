package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The folded literal words one of which every match of a regex starts with, or null: the word it starts with,
     * or the words each alternative of a leading group starts with ({@code (?:bidraget|bidragen)}), with the word
     * after the group when the group may be left out ({@code (?:verksamhets)?kostnader}).
     */
    static String[] of(String regex) {
        int[] depth = depths(regex);
        if (hasTopLevelAlternation(regex, depth)) {
            return null;
        }
        int i = 0;
        while (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)) {
            i = groupEnd(regex, depth, i);
            if (i < 0) {
                return null;
            }
        }
        String word = wordAt(regex, i);
        if (word != null) {
            return new String[] {word};
        }
        return groupStarts(regex, depth, i);
    }

    /** The words of a group opening at {@code open} ({@code (?:…)} or a named group), or null. */
    private static String[] groupStarts(String regex, int[] depth, int open) {
        int body;
        if (regex.startsWith("(?:", open)) {
            body = open + 3;
        } else if (regex.startsWith("(?<", open) && regex.indexOf('>', open) > 0
                && regex.substring(open + 3, regex.indexOf('>', open)).matches("[a-zA-Z][a-zA-Z0-9]*")) {
            body = regex.indexOf('>', open) + 1;
        } else {
            return null;
        }
        int end = groupEnd(regex, depth, open);
        if (end < 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int from = body;
        for (int k = body; k < end; k++) {
            boolean last = k == end - 1; // the group's ')'
            if (last || (regex.charAt(k) == '|' && depth[k] == depth[open])) {
                String w = wordAt(regex.substring(0, k), from);
                if (w == null) {
                    return null;
                }
                words.add(w);
                from = k + 1;
            }
        }
        if (end < regex.length() && regex.charAt(end) == '?') {
            // The group may be left out (greedy, lazy or possessive): a match may then start with the word after it.
            boolean twoChars = end + 1 < regex.length() && (regex.charAt(end + 1) == '?' || regex.charAt(end + 1) == '+');
            String after = wordAt(regex, end + (twoChars ? 2 : 1));
            if (after == null) {
                return null;
            }
            words.add(after);
        } else if (end < regex.length() && "*+{".indexOf(regex.charAt(end)) >= 0) {
            return null;
        }
        return words.toArray(String[]::new);
    }

    /** The folded literal word at {@code i} (letters and spaces, at least {@link #MIN_LENGTH}), or null. */
    private static String wordAt(String regex, int i) {
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
     * {@code m.find(from)} for a pattern whose matches all start with one of {@code starts}: tried only where the
     * folded text holds one, in order. {@code m} must see the text outside its region
     * ({@link Matcher#useTransparentBounds}, not anchoring), and {@code folded} must be the text folded char by
     * char (same length, no surrogates).
     */
    static boolean find(Matcher m, String text, String folded, String[] starts, int from) {
        int[] next = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
            next[k] = folded.indexOf(starts[k], from);
        }
        while (true) {
            int at = -1;
            for (int n : next) {
                at = n >= 0 && (at < 0 || n < at) ? n : at;
            }
            if (at < 0) {
                return false;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
            for (int k = 0; k < starts.length; k++) {
                if (next[k] == at) {
                    next[k] = folded.indexOf(starts[k], at + 1);
                }
            }
        }
    }

    /** The index after the group opening at {@code open}, or -1 when it does not close. */
    private static int groupEnd(String regex, int[] depth, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == depth[open]) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean hasTopLevelAlternation(String regex, int[] depth) {
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
