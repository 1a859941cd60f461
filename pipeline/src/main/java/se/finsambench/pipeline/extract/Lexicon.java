package se.finsambench.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Swedish labels → concepts, from one file ({@code lexicon/concepts.tsv}) so that a new synonym is a
 * one-line change. Rules are tried in file order; the first that matches the whole label wins.
 */
public final class Lexicon {

    /** A matched rule. {@code concept} is "-" for labels that must yield nothing. */
    public record Match(String concept, String percentConcept) {
        public boolean isStop() {
            return concept.equals("-");
        }
    }

    private record Rule(String concept, Pattern label, Set<SectionKind> sections, String percentConcept) {
    }

    private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[*¹²³⁴⁵⁶⁷⁸⁹⁰]");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*[-–•]?\\s*(\\d+(\\.\\d+)*\\.?\\s+)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:,]+$");
    /** Past this many distinct labels the memo starts over, so a stream of odd labels cannot fill the heap. */
    private static final int MEMO_LIMIT = 100_000;

    /** Labels already normalised: the table readers ask for the same labels many times. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

    private final List<Rule> rules;
    /**
     * Answers already worked out, per section kind and label as written. Reports repeat the same few hundred
     * labels ("Summa intäkter") over and over, and trying every rule's regex is most of the cost of a row.
     */
    private final Map<SectionKind, Map<String, Optional<Match>>> memo = new EnumMap<>(SectionKind.class);

    private Lexicon(List<Rule> rules) {
        this.rules = rules;
        for (SectionKind kind : SectionKind.values()) {
            memo.put(kind, new ConcurrentHashMap<>());
        }
    }

    public static Lexicon bundled() {
        return parse(BundledData.text("/lexicon/concepts.tsv"));
    }

    static Lexicon parse(String tsv) {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalArgumentException("lexicon line needs concept, regex and sections: " + line);
                }
                rules.add(new Rule(f[0], Pattern.compile("(?:" + f[1] + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        sections(f[2]), f.length > 3 ? f[3] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(rules);
    }

    private static Set<SectionKind> sections(String field) {
        if (field.equals("*")) {
            return EnumSet.allOf(SectionKind.class);
        }
        EnumSet<SectionKind> set = EnumSet.noneOf(SectionKind.class);
        Arrays.stream(field.split(",")).map(s -> SectionKind.valueOf(s.strip().toUpperCase(Locale.ROOT))).forEach(set::add);
        return set;
    }

    public Optional<Match> match(String label, SectionKind section) {
        if (label == null || section == null) {
            return matchRules(label, section);
        }
        Map<String, Optional<Match>> known = memo.get(section);
        Optional<Match> m = known.get(label);
        if (m == null) {
            m = matchRules(label, section);
            if (known.size() >= MEMO_LIMIT) {
                known.clear();
            }
            known.put(label, m);
        }
        return m;
    }

    private Optional<Match> matchRules(String label, SectionKind section) {
        String normalised = normalise(label);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (rule.sections().contains(section) && rule.label().matcher(normalised).matches()) {
                return Optional.of(new Match(rule.concept(), rule.percentConcept()));
            }
        }
        return Optional.empty();
    }

    /** Lowercase, no "(…)" asides, footnote stars, numbering or trailing punctuation. */
    public static String normalise(String label) {
        String known = NORMALISED.get(label);
        if (known == null) {
            known = normaliseOnce(label);
            if (NORMALISED.size() >= MEMO_LIMIT) {
                NORMALISED.clear();
            }
            NORMALISED.put(label, known);
        }
        return known;
    }

    private static String normaliseOnce(String label) {
        String s = label.toLowerCase(Locale.ROOT);
        if (s.indexOf('(') >= 0) {
            s = ASIDE.matcher(s).replaceAll(" ");
        }
        s = FOOTNOTE_MARK.matcher(s).replaceAll(" ");
        s = NUMBERING.matcher(s).replaceAll("");
        s = WHITESPACE.matcher(s).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }
}
