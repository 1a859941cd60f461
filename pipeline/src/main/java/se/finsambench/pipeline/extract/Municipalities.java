package se.finsambench.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    public Municipalities(List<Municipality> all) {
        // Longest names first, so "Upplands Väsby" wins over a shorter name inside it.
        this.all = all.stream().sorted(Comparator.comparingInt((Municipality m) -> m.name().length()).reversed()).toList();
        this.patterns = this.all.stream()
                .map(m -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(m.name()).replace(" ", "\\E[ -]\\Q")
                        + "s?(?![\\p{L}])"))
                .toList();
        this.firstWords = this.all.stream().map(m -> m.name().split(" ", -1)[0]).toList();
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
        for (int i = 0; i < all.size(); i++) {
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
