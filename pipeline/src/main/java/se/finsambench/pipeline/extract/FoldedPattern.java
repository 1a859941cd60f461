package se.finsambench.pipeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern ({@code (?iu)}) and, when {@link FoldedRegex} could rewrite it, the same pattern for
 * case-folded text, which finds the same matches at the same indexes without converting the case of every char
 * compared. A matcher may run over either text, so groups are read from the text itself ({@link #group}).
 *
 * @param folded null when the pattern is not rewritten (it then always runs case-insensitively)
 */
record FoldedPattern(Pattern caseInsensitive, Pattern folded) {

    /** @param regex compiled case-insensitively; a leading {@code (?iu)}, which says the same, is allowed */
    static FoldedPattern compile(String regex) {
        String inline = "(?iu)";
        if (regex.startsWith(inline)) {
            regex = regex.substring(inline.length());
        }
        Pattern ci = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String rewritten = FoldedRegex.translate(regex);
        return new FoldedPattern(ci, rewritten == null ? null : Pattern.compile(rewritten));
    }

    /**
     * A matcher over {@code folded} when the pattern is rewritten and {@code folded} is the text's folding as
     * {@link CaseFold#foldedForMatching} gives it (null: it may not serve), else over {@code text}.
     */
    Matcher matcher(String text, String folded) {
        return this.folded != null && folded != null ? this.folded.matcher(folded) : caseInsensitive.matcher(text);
    }

    /** Whether the pattern is found in the text ({@code folded} as for {@link #matcher}). */
    boolean find(String text, String folded) {
        return matcher(text, folded).find();
    }

    /** Whether the whole text matches ({@code folded} as for {@link #matcher}). */
    boolean matches(String text, String folded) {
        return matcher(text, folded).matches();
    }

    /** The named group of the last match, read from the text (not the folding the matcher may run over); null if unset. */
    static String group(Matcher m, String text, String name) {
        int start = m.start(name);
        return start < 0 ? null : text.substring(start, m.end(name));
    }

    /** The last match, read from the text. */
    static String group(Matcher m, String text) {
        return text.substring(m.start(), m.end());
    }
}
