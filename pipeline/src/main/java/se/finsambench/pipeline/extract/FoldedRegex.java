package se.finsambench.pipeline.extract;

/**
 * A case-insensitive regex rewritten to match case-folded text ({@link CaseFold}) without
 * {@code CASE_INSENSITIVE}: its literal letters folded, everything else as written. Under C1 the case-insensitive
 * engine converts every char it compares twice (upper, then lower case); the rewritten one compares chars.
 *
 * <p>Why it finds the same matches: {@code (?iu)} compares a literal letter {@code x} with a char {@code c} as
 * {@code fold(c) == fold(x)}, which is exactly what the rewritten pattern does on the folded text. Classes, escapes
 * and properties ({@code \p{L}}, {@code \d}, {@code \s}, {@code \b}) do not depend on the flag; they are kept, and
 * only allowed where they mean the same for a char and for its folding, which {@link CaseFold#foldedForMatching}
 * checks of the text before the rewritten pattern is used. Folding keeps every char in place, so the engine makes
 * the same choices at the same indexes and the matches and groups have the same bounds in both texts.
 * {@code FoldedRegexTest} checks each of these per char over the whole BMP for every pattern that is rewritten.
 * Anything else (inline flags, back-references, letters in a class, quoting) is not rewritten: {@link #translate}
 * says null and the pattern runs case-insensitively as before.
 */
final class FoldedRegex {

    private FoldedRegex() {
    }

    /** The regex to match against folded text, or null when it uses a construct not rewritten. */
    static String translate(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            int next;
            if (c == '\\') {
                next = escapeEnd(regex, i, false);
                if (next < 0) {
                    return null;
                }
                out.append(regex, i, next);
            } else if (c == '[') {
                next = classEnd(regex, i);
                if (next < 0) {
                    return null;
                }
                out.append(regex, i, next);
            } else if (c == '(') {
                next = groupOpeningEnd(regex, i);
                if (next < 0) {
                    return null;
                }
                out.append(regex, i, next);
            } else if (c == '{') {
                next = regex.indexOf('}', i);
                if (next < 0 || !regex.substring(i + 1, next).matches("\\d+(,\\d*)?")) {
                    return null;
                }
                next++;
                out.append(regex, i, next);
            } else if (")|^$.?*+".indexOf(c) >= 0) {
                next = i + 1;
                out.append(c);
            } else {
                char f = literal(c);
                if (f == 0) {
                    return null;
                }
                next = i + 1;
                out.append(f);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * A literal char's folding, or 0 when it may not be rewritten. A letter with case must fold to a letter that
     * folds to itself (then {@code (?iu)} and the folded comparison agree); a char without case must be its own
     * folding (then {@code (?iu)} compares it exactly, and the text check rules out chars folding onto it).
     */
    private static char literal(char c) {
        if (Character.isSurrogate(c)) {
            return 0;
        }
        char f = CaseFold.foldChar(c);
        if (CaseFold.hasCase(c)) {
            return Character.isLetter(f) && CaseFold.foldChar(f) == f ? f : 0;
        }
        return f == c && c != 0 ? c : 0;
    }

    /** A plain char in a class: no case at all, so {@code (?iu)} adds no other char for it. */
    private static boolean plainInClass(char c) {
        return !Character.isSurrogate(c) && !CaseFold.hasCase(c) && CaseFold.foldChar(c) == c
                && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c && !Character.isLetter(c);
    }

    /** The index after the escape at {@code at}, or -1 for one not rewritten. */
    private static int escapeEnd(String regex, int at, boolean inClass) {
        if (at + 1 >= regex.length()) {
            return -1;
        }
        char e = regex.charAt(at + 1);
        if ("dDsSwW".indexOf(e) >= 0 || (!inClass && (e == 'b' || e == 'B'))) {
            return at + 2;
        }
        if (e == 'p' || e == 'P') {
            return regex.startsWith("{L}", at + 2) ? at + 5 : -1;
        }
        if (e == 'u') {
            if (at + 6 > regex.length()) {
                return -1;
            }
            try {
                char x = (char) Integer.parseInt(regex.substring(at + 2, at + 6), 16);
                return plainInClass(x) ? at + 6 : -1;
            } catch (NumberFormatException notHex) {
                return -1;
            }
        }
        if ("tnrf".indexOf(e) >= 0) {
            return at + 2;
        }
        // An escaped metachar is itself, literally.
        return !Character.isLetterOrDigit(e) && plainInClass(e) ? at + 2 : -1;
    }

    /** The index after the class opening at {@code at}, or -1 for one not rewritten (letters, ranges, nesting). */
    private static int classEnd(String regex, int at) {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            return -1;
        }
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '\\') {
                i = escapeEnd(regex, i, true);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '[' || (c == '&' && regex.startsWith("&&", i))) {
                return -1;
            }
            // A '-' between two members is a range: not rewritten. First or last in the class it is a literal.
            if (c == '-' && i > at + 1 && regex.charAt(i - 1) != '[' && regex.charAt(i - 1) != '^'
                    && i + 1 < regex.length() && regex.charAt(i + 1) != ']') {
                return -1;
            }
            if (!plainInClass(c)) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The index after a group's opening: plain, non-capturing, named, lookaround or atomic; -1 for inline flags. */
    private static int groupOpeningEnd(String regex, int at) {
        if (!regex.startsWith("(?", at)) {
            return at + 1;
        }
        for (String opening : new String[] {"(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"}) {
            if (regex.startsWith(opening, at)) {
                return at + opening.length();
            }
        }
        if (regex.startsWith("(?<", at)) {
            int end = regex.indexOf('>', at);
            return end > at + 3 && regex.substring(at + 3, end).matches("[a-zA-Z][a-zA-Z0-9]*") ? end + 1 : -1;
        }
        return -1;
    }
}
