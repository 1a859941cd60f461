package se.finsambench.pipeline.extract;

import java.util.Map;
import java.util.OptionalInt;

/** Small counts written as Swedish words ("fem protokollförda möten", "Tolv deltagare"). */
public final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("noll", 0), Map.entry("en", 1), Map.entry("ett", 1), Map.entry("två", 2),
            Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6),
            Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9), Map.entry("tio", 10),
            Map.entry("elva", 11), Map.entry("tolv", 12), Map.entry("tretton", 13),
            Map.entry("fjorton", 14), Map.entry("femton", 15), Map.entry("sexton", 16),
            Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("nitton", 19),
            Map.entry("tjugo", 20));

    /** Regex alternation of the words, for use inside patterns (case-insensitive). */
    public static final String ALTERNATION =
            "noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo";

    /** The first letters of the words, so most runs of letters need no lookup. */
    private static final String INITIALS = "netfsåa";

    private NumberWords() {
    }

    /**
     * Whether the text holds one of the words standing alone, as {@code (?iu)(?<![\\p{L}])(?:ALTERNATION)(?![\\p{L}])}
     * would find: a maximal run of letters that is, case-folded, one of the words. Checking the runs is much
     * cheaper than trying the alternation at every position of every sentence.
     */
    public static boolean containsWord(String text) {
        int runStart = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean letter = i < text.length() && Character.isLetter(c);
            if (letter && runStart < 0) {
                runStart = i;
            } else if (!letter && runStart >= 0) {
                if (i - runStart >= 2 && i - runStart <= 7 && INITIALS.indexOf(foldedChar(text.charAt(runStart))) >= 0
                        && WORDS.containsKey(CaseFold.fold(text.substring(runStart, i)))) {
                    return true;
                }
                runStart = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
        return false;
    }

    private static char foldedChar(char c) {
        int f = Character.toLowerCase(Character.toUpperCase((int) c));
        return f <= 0xFFFF ? (char) f : c;
    }

    public static OptionalInt parse(String word) {
        Integer v = word == null ? null : WORDS.get(word.toLowerCase(java.util.Locale.ROOT));
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
