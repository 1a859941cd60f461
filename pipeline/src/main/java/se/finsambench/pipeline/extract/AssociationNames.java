package se.finsambench.pipeline.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whose report a document is, from the way the association names itself, and makes the
 * lake's {@code association_id} slug from that name.
 */
public final class AssociationNames {

    public record Found(String id, String displayName) {
    }

    private static final String WORD = "[A-ZÅÄÖ][\\p{L}-]*";
    private static final String DIRECTION =
            "(?:Norra|Södra|Västra|Östra|Mellersta|Centrala|Nordvästra|Nordöstra|Sydvästra|Sydöstra|Övre|Nedre|Stora|Lilla)";
    // "Samordningsförbundet Södra Vätterbygden", name words capitalised, up to three of them.
    // A name may also be markup or quoted ("<script>…</script>"): stored as text, escaped where shown.
    private static final String NAME_TOKEN = "(?:" + WORD + "|[<\"'«][^\\s]*)";
    // The name stands on the same line: "Samordningsförbundet <img …>" (markup the normaliser removed) followed by
    // "Årsredovisning 2023" is no association called Årsredovisning.
    private static final Pattern SUFFIX_FORM = Pattern.compile(
            "Samordningsförbundet[ \\u00a0]+(" + NAME_TOKEN + "(?:[ \\u00a0]+" + WORD + "){0,2})");
    // "Söderåsens samordningsförbund": the name stands in the genitive before the word. Every match starts with a
    // capital (each direction word does, and so does WORD): the lookahead says so first, so the search passes over
    // the other chars of a line without trying the direction words at each.
    private static final Pattern PREFIX_FORM = Pattern.compile(
            "(?=[A-ZÅÄÖ])((?:" + DIRECTION + "[ \\u00a0]+)?" + WORD + "s)[ \\u00a0]+[Ss]amordningsförbund(?:et)?\\b(?!en)");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(?:Samordningsförbund\\w*|Finsam|Förbundet|Styrelse\\w*|Och|Samt|Har|Är|Ska|Vid|Inom|Med|För|Kommun\\w*|Region\\w*"
            + "|Postadress|Besöksadress|Adress|Organisationsnummer)");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What every mention in either form holds (both forms are case-sensitive but for the first letter). */
    private static final String WORD_IN_BOTH = "amordningsförbund";
    private static final Pattern GENITIVE_PREFIX_FORM = Pattern.compile("(?iu)^(.*\\p{L}{2,})s\\s+samordningsförbund(et)?$");
    private static final Pattern ASSOCIATION_WORD = Pattern.compile("(?iu)samordningsförbund(et)?");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");

    private AssociationNames() {
    }

    /** The association that names itself most often; early mentions break ties. */
    public static Optional<Found> find(List<String> lines) {
        // Neither form spans lines (a name never runs on into the next line: "… Emådalen" / "Innehåll"), and both
        // hold the word, so only the lines with it are searched: the same matches in the same order as in the
        // whole text, without copying the document or trying the patterns at each of its capital letters.
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            if (line.contains(WORD_IN_BOTH)) {
                named.addAll(linesWith(oneSpaceForBlanks(line), WORD_IN_BOTH));
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        Map<String, String> slugs = new HashMap<>(); // a report names itself the same way many times
        for (String line : named) {
            Matcher s = SUFFIX_FORM.matcher(line);
            while (s.find()) {
                String name = trimNonNameWords(s.group(1));
                if (!name.isEmpty()) {
                    String shown = "Samordningsförbundet " + name;
                    count(counts, display, slugs.computeIfAbsent(shown, AssociationNames::slug), shown);
                }
            }
        }
        for (String line : named) {
            Matcher p = PREFIX_FORM.matcher(line);
            while (p.find()) {
                String name = p.group(1);
                if (!NOT_A_NAME.matcher(WHITESPACE.split(name)[0]).matches()) {
                    String shown = name + " samordningsförbund";
                    count(counts, display, slugs.computeIfAbsent(shown, AssociationNames::slug), shown);
                }
            }
        }
        mergeGenitives(counts, display);
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(e -> new Found(e.getKey(), display.get(e.getKey())));
    }

    /** {@code [ \\t]+} → one space, in one pass over the characters. */
    private static String oneSpaceForBlanks(String text) {
        char[] chars = text.toCharArray();
        int n = 0;
        boolean inRun = false;
        boolean changed = false;
        for (char c : chars) {
            boolean blank = c == ' ' || c == '\t';
            if (!blank) {
                chars[n++] = c;
            } else if (!inRun) {
                changed |= c != ' ';
                chars[n++] = ' ';
            } else {
                changed = true;
            }
            inRun = blank;
        }
        return changed ? new String(chars, 0, n) : text;
    }

    /** The lines of a text that contain a word, in order. */
    private static List<String> linesWith(String text, String word) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, from)) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            out.add(text.substring(start, end));
            from = end;
        }
        return out;
    }

    private static void count(Map<String, Integer> counts, Map<String, String> display, String id, String shown) {
        if (id.isEmpty()) {
            return;
        }
        counts.merge(id, 1, Integer::sum);
        display.putIfAbsent(id, shown);
    }

    /** "Samordningsförbundet Samsunds sjätte år" says "samsunds"; count it as "samsund". */
    private static void mergeGenitives(Map<String, Integer> counts, Map<String, String> display) {
        for (String id : List.copyOf(counts.keySet())) {
            if (id.endsWith("s") && counts.containsKey(id.substring(0, id.length() - 1))) {
                counts.merge(id.substring(0, id.length() - 1), counts.remove(id), Integer::sum);
                display.remove(id);
            }
        }
    }

    private static String trimNonNameWords(String words) {
        StringBuilder kept = new StringBuilder();
        for (String w : WHITESPACE.split(words)) {
            if (NOT_A_NAME.matcher(w).matches()) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(w);
        }
        return kept.toString();
    }

    /**
     * DESIGN.md's rule: lowercase, without "samordningsförbund(et)" and a genitive s, å/ä → a,
     * ö → o, other non-alphanumerics → "-". "Söderåsens samordningsförbund" → {@code soderasen}.
     */
    public static String slug(String name) {
        String n = name.strip();
        Matcher prefix = GENITIVE_PREFIX_FORM.matcher(n);
        if (prefix.matches()) {
            n = prefix.group(1);
        }
        n = ASSOCIATION_WORD.matcher(n).replaceAll(" ").strip().toLowerCase(Locale.ROOT)
                .replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        String ascii = MARK.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        return DASHES_AT_ENDS.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
    }
}
