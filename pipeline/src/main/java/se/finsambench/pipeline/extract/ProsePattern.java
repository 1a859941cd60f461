package se.finsambench.pipeline.extract;

import java.util.regex.Pattern;

/**
 * A sentence shape that states one figure. {@code amount} patterns end in a money unit; count
 * patterns may use number words. The number is the named group {@code n}; a group {@code w}
 * holding "underskott" turns the sign.
 */
record ProsePattern(String concept, Pattern pattern, boolean amount) {

    static final String NUMBER = "(?<n>[-−–]?\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|[-−–]?\\d+(?:,\\d+)?)";
    // Not after a minus: "-60 deltagare" is not 60 participants (a negative count is an error, not a figure).
    static final String COUNT = "(?<![-−–\\d])(?<n>\\d+|" + NumberWords.ALTERNATION + ")";
    static final String UNIT = "\\s?(?<u>miljoner kronor|miljoner kr|milj\\.?\\s?kr\\.?|milj\\.?|mnkr|mkr|m\\.kr|tkr|t\\.kr|tkt|kronor|kr)(?![\\p{L}/])";
    static final String ABOUT = "(?:(?:ca\\.?|cirka|drygt|knappt|omkring|totalt)\\s+)?";
    /** Words between a keyword and its number: no sentence end, no other figure (years allowed). */
    static final String GAP = "(?:[^.\\d]|(?:19|20)\\d{2}){0,70}?";

    static ProsePattern amount(String concept, String regex) {
        return new ProsePattern(concept, compile(regex.replace("{N}", ABOUT + "\\(?" + NUMBER + UNIT)), true);
    }

    static ProsePattern count(String concept, String regex) {
        return new ProsePattern(concept, compile(regex.replace("{C}", COUNT)), false);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex.replace("{GAP}", GAP), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
