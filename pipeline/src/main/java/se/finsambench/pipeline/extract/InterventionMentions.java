package se.finsambench.pipeline.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which known insatser a piece of text names, allowing inflection ("myndighetsgemensamma teamen"). */
final class InterventionMentions {

    private InterventionMentions() {
    }

    static Set<String> named(String text, Map<String, String> canonicalByName) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d\\s.-]", " ").split("[\\s]+");
        for (Map.Entry<String, String> e : canonicalByName.entrySet()) {
            for (String variant : InterventionNames.variants(e.getKey(), null)) {
                if (contains(words, variant.split(" "))) {
                    out.add(e.getValue());
                    break;
                }
            }
        }
        return out;
    }

    private static boolean contains(String[] words, String[] phrase) {
        for (int i = 0; i + phrase.length <= words.length; i++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                String w = words[i + k].replaceAll("[.]+$", "");
                all = w.equals(phrase[k]) || (phrase[k].length() >= 4 && w.startsWith(phrase[k]) && w.length() - phrase[k].length() <= 3)
                        || sameStem(w, phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameStem(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 6 && common >= Math.max(a.length(), b.length()) - 3;
    }
}
