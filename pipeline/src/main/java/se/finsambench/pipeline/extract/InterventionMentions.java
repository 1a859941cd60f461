package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which known insatser a piece of text names, allowing inflection ("myndighetsgemensamma teamen"). Made once
 * per document from its insats names, so the spellings of each name are worked out once, not per sentence.
 */
final class InterventionMentions {

    /** Marks a name the text gives an insats ("projekt ANTE") that no table has listed. */
    static final String UNKNOWN = "?";

    private static final Pattern CUED = Pattern.compile(
            "(?u)\\b(?:insatsen|insats|projektet|projekt|teamet)\\s+([A-ZÅÄÖ][\\p{L}\\d-]+)");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\d\\s.-]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");

    /**
     * One insats name: its canonical name, its spellings split into words, and the first four letters of each
     * spelling's first word (all of it when shorter): a text naming the insats holds one of these, lower-cased.
     */
    private record Known(String canonical, List<String[]> variants, List<String> starts) {
    }

    private final List<Known> known;
    /** The first word of every spelling of every known name. */
    private final List<String> firstWords;

    private InterventionMentions(List<Known> known, List<String> firstWords) {
        this.known = known;
        this.firstWords = firstWords;
    }

    static InterventionMentions of(Map<String, String> canonicalByName) {
        List<Known> known = new ArrayList<>();
        List<String> firstWords = new ArrayList<>();
        for (Map.Entry<String, String> e : canonicalByName.entrySet()) {
            List<String[]> variants = new ArrayList<>();
            List<String> starts = new ArrayList<>();
            for (String variant : InterventionNames.variants(e.getKey(), null)) {
                String first = variant.split(" ")[0];
                variants.add(variant.split(" "));
                firstWords.add(first);
                starts.add(first.substring(0, Math.min(4, first.length())));
            }
            known.add(new Known(e.getValue(), variants, starts));
        }
        return new InterventionMentions(List.copyOf(known), List.copyOf(firstWords));
    }

    /**
     * The canonical names of the insatser a text names; an insats named after a cue word
     * ("insatsen X", "projekt Y") that the document's tables do not list counts as {@link #UNKNOWN}+name,
     * so a sentence about two insatser is never credited to the one that happens to be known.
     */
    Set<String> named(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        out.addAll(known(text));
        // Every cue word contains "insats", "projekt" or "teamet" as written (the pattern is case-sensitive).
        boolean mayBeCued = text.contains("insats") || text.contains("projekt") || text.contains("teamet");
        Matcher cue = CUED.matcher(text);
        while (mayBeCued && cue.find()) {
            if (!startsAKnownName(cue.group(1))) {
                out.add(UNKNOWN + cue.group(1));
            }
        }
        return out;
    }

    private boolean startsAKnownName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String first : firstWords) {
            if (w.equals(first) || sameStem(w, first) || (first.length() >= 4 && w.startsWith(first) && w.length() - first.length() <= 3)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> known(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (known.isEmpty()) {
            return out;
        }
        // A word matching a spelling's first word (equal, the same with up to three letters more, or of the same
        // stem) starts with its first four letters; without any of those there is nothing to split the text for.
        String lower = text.toLowerCase(Locale.ROOT);
        if (known.stream().noneMatch(k -> k.starts().stream().anyMatch(lower::contains))) {
            return out;
        }
        String[] words = WHITESPACE.split(NOT_A_WORD_CHARACTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "));
        String[] bare = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            bare[i] = words[i].indexOf('.') >= 0 ? TRAILING_DOTS.matcher(words[i]).replaceAll("") : words[i];
        }
        for (Known k : known) {
            for (String[] variant : k.variants()) {
                if (contains(bare, variant)) {
                    out.add(k.canonical());
                    break;
                }
            }
        }
        return out;
    }

    /** @param words the text's words without trailing dots */
    private static boolean contains(String[] words, String[] phrase) {
        for (int i = 0; i + phrase.length <= words.length; i++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                String w = words[i + k];
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
