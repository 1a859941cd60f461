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

    private NumberWords() {
    }

    public static OptionalInt parse(String word) {
        Integer v = word == null ? null : WORDS.get(word.toLowerCase(java.util.Locale.ROOT));
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
