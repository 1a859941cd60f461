package se.finsambench.pipeline.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which known insatser a piece of text names, allowing inflection ("myndighetsgemensamma teamen"). */
final class InterventionMentions {

    private InterventionMentions() {
    }

    /** Marks a name the text gives an insats ("projekt ANTE") that no table has listed. */
    static final String UNKNOWN = "?";

    private static final java.util.regex.Pattern CUED = java.util.regex.Pattern.compile(
            "(?u)\\b(?:insatsen|insats|projektet|projekt|teamet)\\s+([A-ZÅÄÖ][\\p{L}\\d-]+)");

    /**
     * The canonical names of the insatser a text names; an insats named after a cue word
     * ("insatsen X", "projekt Y") that the document's tables do not list counts as {@link #UNKNOWN}+name,
     * so a sentence about two insatser is never credited to the one that happens to be known.
     */
    static Set<String> named(String text, Map<String, String> canonicalByName) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        out.addAll(known(text, canonicalByName));
        java.util.regex.Matcher cue = CUED.matcher(text);
        while (cue.find()) {
            if (!startsAKnownName(cue.group(1), canonicalByName)) {
                out.add(UNKNOWN + cue.group(1));
            }
        }
        return out;
    }

    private static boolean startsAKnownName(String word, Map<String, String> canonicalByName) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String name : canonicalByName.keySet()) {
            for (String variant : InterventionNames.variants(name, null)) {
                String first = variant.split(" ")[0];
                if (w.equals(first) || sameStem(w, first) || (first.length() >= 4 && w.startsWith(first) && w.length() - first.length() <= 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> known(String text, Map<String, String> canonicalByName) {
        Set<String> out = new LinkedHashSet<>();
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
