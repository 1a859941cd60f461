package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a page of statements names (Kommunen, Koncernen, Sammanställd redovisning): their figures stand side
 * by side, and only the reporting body's own are its facts. The words are data ({@code lexicon/bodies.tsv}).
 */
final class ReportingBodies {

    /** Whose figures a column, row or table holds. */
    enum Body { OWN, GROUP }

    /** A body named in a text, at an offset. */
    record Mention(Body body, int start, String text) {
    }

    private static final Pattern ALL = compile();
    private static final List<Body> BODIES = bodies();
    /** Words, case-folded, of which every match holds one (null: some phrase has none, so every text is searched). */
    private static final List<String> STEMS = stems();

    private ReportingBodies() {
    }

    /** The bodies a text names, left to right. */
    static List<Mention> in(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        if (STEMS != null && !CaseFold.containsAny(CaseFold.fold(text), STEMS)) {
            return out; // most labels and headers name no body: no need to try the alternation at every letter
        }
        Matcher m = ALL.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= BODIES.size(); g++) {
                if (m.group("b" + g) != null) {
                    out.add(new Mention(BODIES.get(g - 1), m.start(), m.group()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether lines could name a group: its words all hold one of a few stems (checked without the regex). */
    static boolean mayNameAGroup(List<String> lines) {
        for (String line : lines) {
            String f = CaseFold.fold(line);
            if (f.contains("koncern") || f.contains("sammanställd") || f.contains("bolagen")) {
                return true;
            }
        }
        return false;
    }

    /** The body a short text names when it names exactly one kind ("Kommun 2022"), else null. */
    static Body of(String text) {
        List<Mention> found = in(text);
        if (found.isEmpty()) {
            return null;
        }
        Body first = found.get(0).body();
        return found.stream().allMatch(m -> m.body() == first) ? first : null;
    }

    /** Whether a row label is nothing but a body's name ("Kommunen", "Sammanställd redovisning"). */
    static Body label(String label) {
        String l = label.strip();
        if (l.length() < 6 || l.length() > 40) {
            return null; // no body's name is that short or long; most labels are not one
        }
        List<Mention> found = in(l);
        return found.size() == 1 && found.get(0).text().length() == l.length() ? found.get(0).body() : null;
    }

    private static List<String[]> rules() {
        List<String[]> rules = new ArrayList<>();
        for (String line : BundledData.text("/lexicon/bodies.tsv").split("\\r?\\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 || !(f[0].equals("own") || f[0].equals("group"))) {
                throw new IllegalStateException("lexicon/bodies.tsv: not 'own|group<TAB>phrase': " + line);
            }
            rules.add(f);
        }
        rules.sort(Comparator.comparingInt((String[] r) -> r[1].length()).reversed());
        return rules;
    }

    private static Pattern compile() {
        StringBuilder alternation = new StringBuilder();
        List<String[]> rules = rules();
        for (int i = 0; i < rules.size(); i++) {
            alternation.append(i == 0 ? "" : "|").append("(?<b").append(i + 1).append('>').append(rules.get(i)[1]).append(')');
        }
        String boundary = "(?:(?<![\\p{L}])|(?<=\\p{Ll})(?=\\p{Lu}))";
        return Pattern.compile(boundary + "(?iu:" + alternation + ")(?![\\p{L}])");
    }

    /**
     * Each phrase's literal start (its letters and spaces up to the first regex sign), which every match of it
     * holds; null when a phrase has none or has an alternation of its own.
     */
    private static List<String> stems() {
        List<String> out = new ArrayList<>();
        for (String[] rule : rules()) {
            String phrase = rule[1];
            int end = 0;
            while (end < phrase.length() && (Character.isLetter(phrase.charAt(end)) || phrase.charAt(end) == ' ')) {
                end++;
            }
            // A quantifier right after the start makes its last letter optional ("kommuner?"): drop that letter.
            if (end < phrase.length() && "?*{".indexOf(phrase.charAt(end)) >= 0) {
                end--;
            }
            if (end <= 0 || phrase.indexOf('|') >= 0) {
                return null;
            }
            out.add(CaseFold.fold(phrase.substring(0, end)));
        }
        return List.copyOf(out);
    }

    private static List<Body> bodies() {
        return rules().stream().map(r -> Body.valueOf(r[0].toUpperCase(Locale.ROOT))).toList();
    }
}
