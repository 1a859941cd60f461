package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence shape that states one figure. {@code amount} patterns end in a money unit; count
 * patterns may use number words. The number is the named group {@code n}; a group {@code w}
 * holding "underskott" turns the sign.
 *
 * @param signWord whether the pattern has the group {@code w} (known when it is made: asking a matcher for a
 *                 group it lacks throws, which is slow)
 * @param cues     words, case-folded, of which every match contains at least one; a sentence with none of them
 *                 is not searched (empty: always searched)
 */
record ProsePattern(String concept, FoldedPattern regex, boolean amount, boolean signWord, List<String> cues, boolean share) {

    ProsePattern(String concept, FoldedPattern regex, boolean amount) {
        this(concept, regex, amount, regex.caseInsensitive().pattern().contains("(?<w>"), List.of(), false);
    }

    /** The pattern as written, case-insensitive. */
    Pattern pattern() {
        return regex.caseInsensitive();
    }

    /**
     * The same pattern, searched only in sentences holding one of these words. Each must be written literally
     * in every way the pattern can match (a wrong cue loses figures silently), so the check below is only a guard.
     */
    ProsePattern onlyWith(String... words) {
        List<String> folded = new ArrayList<>();
        for (String w : words) {
            if (!CaseFold.fold(pattern().pattern()).contains(CaseFold.fold(w))) {
                throw new IllegalArgumentException("cue \"" + w + "\" is not written in the pattern for " + concept);
            }
            folded.add(CaseFold.fold(w));
        }
        return new ProsePattern(concept, regex, amount, signWord, List.copyOf(folded), share);
    }

    /** Whether a sentence, case-folded, could hold a match at all. */
    boolean mayMatch(String foldedSentence) {
        return CaseFold.containsAny(foldedSentence, cues);
    }

    /** Also "91.000 kronor" (a point between thousands) and "7.2 m.kr" (a decimal point), read only before a unit. */
    static final String NUMBER = "(?<n>[-−–]?\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|[-−–]?\\d{1,3}(?:\\.\\d{3})+(?![\\d,])"
            + "|[-−–]?\\d+\\.\\d{1,2}(?!\\d)|[-−–]?\\d+(?:,\\d+)?)";
    // Not after a minus: "-60 deltagare" is not 60 participants (a negative count is an error, not a figure).
    static final String COUNT = "(?<![-−–\\d])(?<n>\\d+|" + NumberWords.ALTERNATION + ")";
    static final String UNIT = "\\s?(?<u>miljoner kronor|miljoner kr|milj\\.?\\s?kr\\.?|milj\\.?|mnkr|mkr|m\\.kr|msek|tkr|t\\.kr|tkt|tsek|kronor|kr|sek)(?![\\p{L}/])";
    static final String ABOUT = "(?:(?:ca\\.?|cirka|drygt|knappt|omkring|totalt|sammanlagt|plus)\\s+)?";
    /** Words between a keyword and its number: no sentence end, no other figure (years allowed). */
    static final String GAP = "(?:[^.\\d]|(?:19|20)\\d{2}){0,70}?";

    static ProsePattern amount(String concept, String regex) {
        return new ProsePattern(concept, compile(regex.replace("{N}", ABOUT + "\\(?" + NUMBER + UNIT)), true);
    }

    /** A share stated in percent ({@code {P}}: "50 %", "50%", "12,5 %"); the value is the percent as written. */
    static ProsePattern share(String concept, String regex) {
        return new ProsePattern(concept, compile(regex.replace("{P}", "(?<![\\d,])(?<n>\\d{1,3}(?:,\\d)?)\\s?%")), false, false,
                List.of(), true);
    }

    static ProsePattern count(String concept, String regex) {
        return new ProsePattern(concept, compile(regex.replace("{C}", COUNT)), false);
    }

    private static FoldedPattern compile(String regex) {
        return FoldedPattern.compile(regex.replace("{GAP}", GAP));
    }
}
