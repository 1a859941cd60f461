package se.finsambench.pipeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text folded the way a {@code (?iu)} regex compares letters: each code point to the lower case of its upper
 * case. A literal word a case-insensitive pattern matches is then a plain substring of the folded text, which
 * is what cheap "could this pattern match at all?" tests rely on.
 */
final class CaseFold {

    private CaseFold() {
    }

    /**
     * Each BMP char's folding, worked out once; {@link #BEYOND} where the char is a surrogate or folds to a code
     * point past the BMP (then the text goes by code points). A table lookup per char instead of two case
     * conversions: folding runs over every sentence and most of the document's text.
     */
    private static final char BEYOND = '\uFFFF';
    private static final char[] FOLDED = foldingTable();

    private static char[] foldingTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            table[c] = Character.isSurrogate((char) c) || folded > 0xFFFF || c == BEYOND ? BEYOND : (char) folded;
        }
        return table;
    }

    /**
     * Per BMP char, whether a pattern rewritten by {@link FoldedRegex} finds in its folding what the
     * case-insensitive pattern finds in it: a char its own folding, or one whose folding is a letter with case
     * (so no char without case is matched through it) that folds to itself and is alike in every property the
     * rewritten patterns may ask of it.
     */
    private static final boolean[] MATCHES_FOLDED = matchesFoldedTable();

    private static boolean[] matchesFoldedTable() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = FOLDED[c];
            // U+FFFF stands for "beyond" in the folding table but is its own folding, so it matches as itself.
            table[c] = c == BEYOND || (f != BEYOND && (f == c || (hasCase(f) && FOLDED[f] == f && alike((char) c, f))));
        }
        return table;
    }

    /** Alike for {@code \p{L}}, {@code \d}, {@code \s}, {@code \w}, {@code \b}, {@code .} and anchors. */
    private static boolean alike(char a, char b) {
        return Character.isLetter(a) == Character.isLetter(b) && Character.isLetterOrDigit(a) == Character.isLetterOrDigit(b)
                && (Character.getType(a) == Character.NON_SPACING_MARK) == (Character.getType(b) == Character.NON_SPACING_MARK)
                && asciiWord(a) == asciiWord(b) && asciiSpace(a) == asciiSpace(b) && lineTerminator(a) == lineTerminator(b);
    }

    private static boolean asciiWord(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code (?iu)} treats the char as having case (it then compares by folding, else exactly). */
    static boolean hasCase(char c) {
        int upper = Character.toUpperCase(c);
        return upper != Character.toLowerCase(upper);
    }

    /** One char's folding; a surrogate or a char folding beyond the BMP is itself. */
    static char foldChar(char c) {
        char f = FOLDED[c];
        return f == BEYOND ? c : f;
    }

    /**
     * {@code folded} ({@link #fold} of {@code text}) when patterns rewritten by {@link FoldedRegex} may be matched
     * against it in place of the case-insensitive ones against the text; null when some char rules that out.
     */
    static String foldedForMatching(String text, String folded) {
        if (folded.length() != text.length()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!MATCHES_FOLDED[text.charAt(i)]) {
                return null;
            }
        }
        return folded;
    }

    static String fold(String text) {
        return fold(text, null);
    }

    /**
     * A text's folding and, when patterns rewritten by {@link FoldedRegex} may run over it, the same string again
     * ({@link #foldedForMatching}), found in the one pass.
     *
     * @param forMatching null when they may not
     */
    record Folding(String folded, String forMatching) {
    }

    static Folding foldChecked(String text) {
        boolean[] matchable = {true};
        String folded = fold(text, matchable);
        return new Folding(folded, matchable[0] ? folded : null);
    }

    /** @param matchable if given, its one element is set false when a char rules out rewritten patterns */
    private static String fold(String text, boolean[] matchable) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char f = FOLDED[c];
            if (f != c) {
                if (f == BEYOND) {
                    if (matchable != null) {
                        matchable[0] = false;
                    }
                    return foldCodePoints(text); // rare: pairs (and foldings beyond the BMP) go by code points
                }
                if (matchable != null && !MATCHES_FOLDED[c]) {
                    matchable[0] = false; // a char that is its own folding always matches as itself
                }
                chars[i] = f;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    private static String foldCodePoints(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    /**
     * How often {@code (?iu)(?<![\\p{L}\\d])QUOTED-NAME(?![\\p{L}\\d])} finds the name in the text: its folded
     * spelling found in the folded text with no letter or digit 0-9 on either side, counting on after each find.
     * Text or name with surrogate pairs, or text whose folding changed its length, goes to the regex itself.
     * The text's folding and its surrogate check are made once ({@link FullText}) for the many names counted in it.
     */
    static int countStandalone(FullText full, String name) {
        String text = full.text();
        String folded = full.folded();
        String foldedName = fold(name);
        if (name.isEmpty() || folded.length() != text.length() || foldedName.length() != name.length()
                || full.hasSurrogate() || hasSurrogate(name)) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
        int n = 0;
        int from = 0;
        for (int at = folded.indexOf(foldedName, from); at >= 0; at = folded.indexOf(foldedName, from)) {
            int end = at + foldedName.length();
            if ((at == 0 || !letterOrDigit(text.charAt(at - 1))) && (end == text.length() || !letterOrDigit(text.charAt(end)))) {
                n++;
                from = end;
            } else {
                from = at + 1;
            }
        }
        return n;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= '0' && c <= '9') || Character.isLetter(c);
    }

    static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded text holds one of the (folded) words; true when there are no words to ask for. */
    static boolean containsAny(String foldedText, java.util.List<String> foldedWords) {
        if (foldedWords.isEmpty()) {
            return true;
        }
        for (String w : foldedWords) {
            if (foldedText.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
