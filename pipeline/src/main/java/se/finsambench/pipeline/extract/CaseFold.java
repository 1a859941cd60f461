package se.finsambench.pipeline.extract;

/**
 * Text folded the way a {@code (?iu)} regex compares letters: each code point to the lower case of its upper
 * case. A literal word a case-insensitive pattern matches is then a plain substring of the folded text, which
 * is what cheap "could this pattern match at all?" tests rely on.
 */
final class CaseFold {

    private CaseFold() {
    }

    static String fold(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int f = Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(f);
            }
            i += Character.charCount(c);
        }
        return sb == null ? text : sb.toString();
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
