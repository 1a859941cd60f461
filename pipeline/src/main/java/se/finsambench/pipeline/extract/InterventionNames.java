package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.Cancellation;

/**
 * One canonical name per insats in a document. Reports spell the same insats several ways:
 * truncated in narrow columns ("Koll på f"), with a programme prefix ("ESF Lumena"), as an
 * abbreviation ("Funktionsnedsatta i arbete (FIA)"), inflected ("Mottagningsteam"/"Mottagningsteamet"),
 * or joined with another name ("Metodutveckl/Koll på förmåga"). The spelling the document uses most
 * becomes the name.
 */
public final class InterventionNames {

    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9})\\)");
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(esf[- ]?projektet|esf|projektet|projekt|insatsen|insats|metodutveckl\\p{L}*)\\s+");

    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[*¹²³⁴⁵⁶⁷⁸⁹⁰]");
    private static final Pattern ASIDE_NOT_ABBREVIATION = Pattern.compile("\\((?![A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9}\\))[^)]*\\)");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(19|20)\\d{2}$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:,;]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)");
    private static final Pattern JOINED = Pattern.compile("/|\\s[–-]\\s");
    private static final Pattern GENITIVE_S = Pattern.compile("s$");

    private InterventionNames() {
    }

    /** Whether two spellings name the same insats, by the rules {@link #resolve} uses. */
    public static boolean sameInsats(String a, String b, String associationName) {
        return anyMatch(variants(a, associationName), variants(b, associationName));
    }

    /** The name as it should be shown: no footnotes, no trailing year or punctuation, no long asides. */
    public static String clean(String raw) {
        String n = FOOTNOTE_MARK.matcher(raw).replaceAll(" ").strip();
        n = ASIDE_NOT_ABBREVIATION.matcher(n).replaceAll(" ");
        n = TRAILING_YEAR.matcher(n).replaceAll("");
        n = TRAILING_PUNCTUATION.matcher(n).replaceAll("");
        return WHITESPACE.matcher(n).replaceAll(" ").strip();
    }

    /** Maps every spelling to its canonical name. */
    public static Map<String, String> resolve(Set<String> names, String fullText, String associationName) {
        return resolve(names, fullText, fullText, associationName);
    }

    /** Each count reads the whole text: a document with thousands of names stops here when its time is up. */
    private static int mentions(FullText full, String name) {
        Cancellation.check();
        return CaseFold.countStandalone(full, name);
    }

    /**
     * @param proseText the document's text outside tables: a one-word name cut short in a narrow column
     *                  ("Startpun") is taken for a longer name only when the text never uses it as a word
     */
    public static Map<String, String> resolve(Set<String> names, String fullText, String proseText, String associationName) {
        return resolve(names, new FullText(fullText), new FullText(proseText), associationName);
    }

    /** The same, with each text's folding (and whether it has surrogates) worked out once for all counts. */
    static Map<String, String> resolve(Set<String> names, FullText full, FullText prose, String associationName) {
        List<String> list = new ArrayList<>(names);
        int[] parent = new int[list.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Pattern> ownName = ownNamePatterns(associationName);
        List<Set<String>> variants = list.stream().map(n -> variants(n, ownName)).toList();
        for (int i = 0; i < list.size(); i++) {
            // Pairs of names, each pair may read the prose: a document with thousands of names stops when its time is up.
            Cancellation.check();
            for (int j = i + 1; j < list.size(); j++) {
                if (anyMatch(variants.get(i), variants.get(j)) || cutInAColumn(list.get(i), list.get(j), prose)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<String>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
        }
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> mentionsInText = new HashMap<>();
        for (List<String> cluster : clusters.values()) {
            Cancellation.check();
            // Truncated spellings lose ties: the longer name says more.
            String best = cluster.stream()
                    .flatMap(n -> displayCandidates(n).stream())
                    .max((a, b) -> {
                        // Counted once per spelling: the comparison asks again and again, and each count reads the text.
                        int c = Integer.compare(mentionsInText.computeIfAbsent(a, n -> mentions(full, n)),
                                mentionsInText.computeIfAbsent(b, n -> mentions(full, n)));
                        return c != 0 ? c : Integer.compare(a.length(), b.length());
                    })
                    .orElseThrow();
            cluster.forEach(n -> canonical.put(n, best));
        }
        return canonical;
    }

    /**
     * The ways a spelling may be shown: itself, its abbreviation ("Funktionsnedsatta i arbete (FIA)"
     * → "FIA"), and the parts of a joined name ("Metodutveckl/Koll på förmåga" → "Koll på förmåga").
     */
    private static List<String> displayCandidates(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = ABBREVIATION.matcher(name);
        if (m.find()) {
            out.add(m.group(1));
            return out;
        }
        out.add(name);
        String[] parts = JOINED.split(name);
        if (parts.length > 1) {
            for (String p : parts) {
                // "Koll på förmåga" from "Metodutveckl/Koll på förmåga"; not "process" from "projekt/process".
                if (WHITESPACE.split(p.strip()).length >= 2) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    static Set<String> variants(String name, String associationName) {
        return variants(name, ownNamePatterns(associationName));
    }

    /** @param ownName the words of the association's own name, from {@link #ownNamePatterns}, made once per document */
    private static Set<String> variants(String name, List<Pattern> ownName) {
        Set<String> out = new LinkedHashSet<>();
        Matcher abbr = ABBREVIATION.matcher(name);
        if (abbr.find()) {
            out.add(abbr.group(1).toLowerCase(Locale.ROOT));
        }
        String base = ASIDE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
        for (Pattern own : ownName) {
            base = own.matcher(base).replaceAll(" ");
        }
        for (String part : JOINED.split(base)) {
            String p = WHITESPACE.matcher(PREFIX.matcher(part.strip()).replaceFirst("")).replaceAll(" ").strip();
            if (!p.isEmpty()) {
                out.add(p);
                String[] words = p.split(" ");
                int at = p.indexOf(" på ");
                if (words.length >= 3 && at > 3) {
                    out.add(p.substring(0, at));
                }
            }
        }
        return out;
    }

    /** Each word of the association's own name (with a genitive s or without) as a pattern of the whole word. */
    private static List<Pattern> ownNamePatterns(String associationName) {
        if (associationName == null) {
            return List.of();
        }
        List<Pattern> words = new ArrayList<>();
        for (String w : WHITESPACE.split(associationName.toLowerCase(Locale.ROOT))) {
            String word = GENITIVE_S.matcher(w).replaceAll("");
            if (!word.startsWith("samordningsförbund") && word.length() > 3) {
                words.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "s?(?![\\p{L}])"));
            }
        }
        return words;
    }

    private static boolean cutInAColumn(String a, String b, FullText prose) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.contains(" ") || shorter.length() < 4 || longer.length() <= shorter.length()
                || !longer.toLowerCase(Locale.ROOT).startsWith(shorter.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Used on its own in the text ("ett kansli" beside "Kanslikostnader"), it is a name of its own.
        return CaseFold.countStandalone(prose, shorter) - CaseFold.countStandalone(prose, longer) <= 0;
    }

    private static boolean anyMatch(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (wordsMatch(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Word by word the same up to Swedish inflection, or the same with the last word cut short. */
    static boolean wordsMatch(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            boolean last = i == x.length - 1;
            if (!inflected(x[i], y[i]) && !(last && x.length > 1 && truncated(x[i], y[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inflected(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        int longer = Math.max(a.length(), b.length());
        return common >= 4 && common >= longer - 3;
    }

    private static boolean truncated(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }


    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
