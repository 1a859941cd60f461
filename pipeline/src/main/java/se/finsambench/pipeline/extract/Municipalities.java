package se.finsambench.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 290 municipalities by their SCB short names, for recognising members in labels such as
 * "Driftbidrag från Askersunds kommun" or "Sundbybergs stad".
 */
public final class Municipalities {

    public record Municipality(String code, String name, String countyCode, String county) {
    }

    private final List<Municipality> all;
    private final List<Pattern> patterns;
    /** The name up to its first space: text without it cannot match the name's pattern, so that is not tried. */
    private final List<String> firstWords;
    /** Per opening (the first two chars) of a first word, which names have it: a text is compared only with those. */
    private final Map<Integer, BitSet> byOpening = new HashMap<>();

    public Municipalities(List<Municipality> all) {
        // Longest names first, so "Upplands Väsby" wins over a shorter name inside it.
        this.all = all.stream().sorted(Comparator.comparingInt((Municipality m) -> m.name().length()).reversed()).toList();
        this.patterns = this.all.stream()
                .map(m -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(m.name()).replace(" ", "\\E[ -]\\Q")
                        + "s?(?![\\p{L}])"))
                .toList();
        this.firstWords = this.all.stream().map(m -> m.name().split(" ", -1)[0]).toList();
        for (int i = 0; i < firstWords.size(); i++) {
            byOpening.computeIfAbsent(opening(firstWords.get(i), 0), k -> new BitSet()).set(i);
        }
    }

    /** The two chars at {@code at} as one key; one char (and the end) when the word is one char long. */
    private static int opening(String s, int at) {
        return s.length() - at >= 2 ? (s.charAt(at) << 16) | s.charAt(at + 1) : s.length() > at ? s.charAt(at) << 16 : 0;
    }

    /** Loads the bundled list (data/reference/municipalities.csv on the classpath). */
    public static Municipalities bundled() {
        List<Municipality> list = new ArrayList<>();
        String[] lines = BundledData.text("/reference/municipalities.csv").split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length >= 6) {
                list.add(new Municipality(f[0], f[2], f[3], f[4]));
            }
        }
        return new Municipalities(list);
    }

    /**
     * The first municipality named in the text (genitive "s" allowed). Case-sensitive on purpose:
     * names such as Vara or Mark are also ordinary Swedish words.
     */
    public Optional<Municipality> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Only names whose first word's opening stands somewhere in the text can be in it; tried in list order.
        BitSet candidates = new BitSet();
        BitSet anyText = byOpening.get(0); // a name with an empty first word would be in any text
        if (anyText != null) {
            candidates.or(anyText);
        }
        for (int at = 0; at < text.length(); at++) {
            BitSet two = byOpening.get(opening(text, at));
            BitSet one = byOpening.get(text.charAt(at) << 16);
            if (two != null) {
                candidates.or(two);
            }
            if (one != null) {
                candidates.or(one);
            }
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (text.contains(firstWords.get(i)) && patterns.get(i).matcher(text).find()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<Municipality> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return all.stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    public List<Municipality> all() {
        return all;
    }
}
