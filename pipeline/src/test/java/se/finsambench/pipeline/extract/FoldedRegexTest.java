package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Patterns rewritten for folded text ({@link FoldedRegex}) find what the case-insensitive ones find. First the
 * argument's step per char, checked for every char of the BMP the text check lets through: each piece of every
 * rewritten pattern that consumes a char accepts the char case-insensitively exactly when its rewriting accepts the
 * char's folding, and word boundaries and line ends stand at the same places. Then whole patterns on sentences
 * cased and spelled in odd ways: the same matches and groups, with the same bounds.
 */
class FoldedRegexTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Every pattern that runs rewritten. */
    private static List<FoldedPattern> rewritten() {
        List<FoldedPattern> out = new ArrayList<>();
        for (ProsePattern p : ProsePatterns.ALL) {
            out.add(p.regex());
        }
        for (Class<?> c : new Class<?>[] {ProseReader.class, ProseTimes.class, DocumentClassifier.class}) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getType() == FoldedPattern.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    try {
                        f.setAccessible(true);
                        out.add((FoldedPattern) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertTrue(out.stream().allMatch(p -> p.folded() != null), "every pattern so written is rewritten");
        return out;
    }

    @Test
    void everyProsePatternIsRewritten() {
        for (ProsePattern p : ProsePatterns.ALL) {
            assertNotNull(p.regex().folded(), p.pattern().pattern());
        }
    }

    @Test
    void eachPieceAcceptsACharAsItsRewritingAcceptsTheCharsFolding() {
        Set<String> pieces = new LinkedHashSet<>();
        for (FoldedPattern p : rewritten()) {
            pieces.addAll(pieces(p.caseInsensitive().pattern()));
        }
        pieces.add(".");
        List<Character> allowed = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            if (CaseFold.foldedForMatching(s, CaseFold.fold(s)) != null) {
                allowed.add((char) c);
            }
        }
        assertTrue(allowed.size() > 60_000, "most chars allowed: " + allowed.size());
        for (String piece : pieces) {
            String folded = FoldedRegex.translate(piece);
            assertNotNull(folded, piece);
            // A lone literal compiles to one char's test, two in a row to a slice: both ways are checked.
            String[] forms = piece.length() == 1 && Character.isLetterOrDigit(piece.charAt(0))
                    ? new String[] {piece, piece + piece} : new String[] {piece};
            for (String form : forms) {
                Matcher ci = Pattern.compile(form, CI).matcher("");
                Matcher exact = Pattern.compile(FoldedRegex.translate(form)).matcher("");
                int times = form.length() > piece.length() ? 2 : 1;
                for (char c : allowed) {
                    String text = String.valueOf(c).repeat(times);
                    assertEquals(ci.reset(text).matches(), exact.reset(CaseFold.fold(text)).matches(),
                            form + " on U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void boundariesAndLineEndsStandWhereTheyStoodInTheText() {
        for (String zeroWidth : new String[] {"\\b", "\\B", "^", "$"}) {
            Pattern ci = Pattern.compile(zeroWidth, CI);
            Pattern exact = Pattern.compile(FoldedRegex.translate(zeroWidth));
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                for (String text : new String[] {"a" + (char) c, (char) c + "a", " " + (char) c, (char) c + "\u0301", (char) c + "\n"}) {
                    String folded = CaseFold.foldedForMatching(text, CaseFold.fold(text));
                    if (folded != null) {
                        assertEquals(positions(ci.matcher(text)), positions(exact.matcher(folded)),
                                zeroWidth + " in U+" + Integer.toHexString(c));
                    }
                }
            }
        }
    }

    @Test
    void rewrittenPatternsFindTheSameMatchesAndGroups() {
        int matches = 0;
        int rewrittenTexts = 0;
        List<FoldedPattern> patterns = rewritten();
        for (String text : sentences(7, 8_000)) {
            String folded = CaseFold.foldedForMatching(text, CaseFold.fold(text));
            rewrittenTexts += folded != null ? 1 : 0;
            for (FoldedPattern p : patterns) {
                List<String> expected = matches(p.caseInsensitive().matcher(text), text);
                assertEquals(expected, matches(p.matcher(text, folded), text), p.caseInsensitive() + " in " + text);
                matches += expected.size();
            }
        }
        assertTrue(matches > 2_000, "the sentences hold matches to compare: " + matches);
        assertTrue(rewrittenTexts > 4_000 && rewrittenTexts < 8_000, "both ways are taken: " + rewrittenTexts);
    }

    @Test
    void foldingWithItsCheckInOnePassIsFoldingThenChecking() {
        List<String> texts = new ArrayList<>(sentences(8, 2_000));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            texts.add("Ab" + (char) c + "ö");
        }
        texts.add("\uD801\uDC00X");
        for (String text : texts) {
            CaseFold.Folding folding = CaseFold.foldChecked(text);
            assertEquals(CaseFold.fold(text), folding.folded(), text);
            assertEquals(CaseFold.foldedForMatching(text, CaseFold.fold(text)), folding.forMatching(), text);
            FullText full = new FullText(text);
            assertEquals(folding.forMatching(), full.forMatching(), text);
        }
    }

    @Test
    void constructsWhoseCaseInsensitiveMeaningIsNotFoldingAreNotRewritten() {
        for (String regex : new String[] {"[a-z]+", "[åäö]", "(?i)kr", "(?-i)Kr", "(\\w)\\1", "\\Qkr\\E", "\\p{Lu}",
            "\\x41", "[0-9&&[^5]]", "\uD835\uDC00", "\\u00e5"}) {
            assertNull(FoldedRegex.translate(regex), regex);
        }
        assertEquals("(?<n>\\d+)\\s?(?:mnkr|tkr)(?![\\p{L}/])", FoldedRegex.translate("(?<n>\\d+)\\s?(?:MNKR|Tkr)(?![\\p{L}/])"));
        assertEquals("överskott|[-−–]", FoldedRegex.translate("ÖVERSKOTT|[-−–]"));
        // A char without case is compared exactly by (?iu): the capital sharp s folds onto "ß" but does not match it,
        // so a text holding it is not matched through its folding.
        assertEquals("ß", FoldedRegex.translate("ß"));
        assertNull(CaseFold.foldedForMatching("STRAẞE", CaseFold.fold("STRAẞE")));
        assertEquals("strasse", CaseFold.foldedForMatching("STRASSE", CaseFold.fold("STRASSE")));
    }

    /** Each piece of a regex that consumes one char: a literal, a class, an escape; structure is left out. */
    private static List<String> pieces(String regex) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < regex.length(); ) {
            char c = regex.charAt(i);
            int end;
            if (c == '\\') {
                end = regex.charAt(i + 1) == 'p' ? i + 5 : regex.charAt(i + 1) == 'u' ? i + 6 : i + 2;
            } else if (c == '[') {
                end = i + 1;
                while (regex.charAt(end) != ']' || regex.charAt(end - 1) == '\\') {
                    end++;
                }
                end++;
            } else if (c == '(') {
                end = regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)
                        ? regex.indexOf('>', i) + 1 : regex.startsWith("(?", i) ? i + (regex.startsWith("(?<", i) ? 4 : 3) : i + 1;
                i = end;
                continue;
            } else if (c == '{') {
                i = regex.indexOf('}', i) + 1;
                continue;
            } else if (")|^$?*+.".indexOf(c) >= 0) {
                i++;
                continue;
            } else {
                end = i + 1;
            }
            String piece = regex.substring(i, end);
            if (!piece.equals("\\b") && !piece.equals("\\B")) {
                out.add(piece);
            }
            i = end;
        }
        return out;
    }

    private static List<Integer> positions(Matcher m) {
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start());
        }
        return out;
    }

    private static List<String> matches(Matcher m, String text) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder(FoldedPattern.group(m, text));
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append('|').append(m.start(g)).append(':').append(m.end(g));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Sentences in the patterns' own words with figures, each char's case flipped now and then, and chars whose
     * folding is odd among them: the Kelvin sign and the Ångström sign (fold to ASCII k and å), long s, capital sharp
     * s, dotted and dotless i, micro sign, the iota subscript (folds to a letter but is none), a pair.
     */
    private static List<String> sentences(long seed, int count) {
        Random random = new Random(seed);
        String[] pieces = {"Årets resultat för kommunen uppgick till plus ", "31,2 Mkr", "Resultatet för år 2013 är ", "288 tkr",
            "underskott på ", "överskott ", "Styrelsen har under 2023 haft ", "12", " sammanträden", "styrelsemöten har hållits",
            "deltagare", " personer", " har varit aktiva", "Eget kapital på ", "1,2 mnkr", "socialfonden på ", "från Europeiska socialfonden",
            "vid årets början ", "insatser för ", "arbetade med totalt ", "avslutades ", "gick ", " vidare till arbete", "eller studier",
            "Av de 109 avslutade deltagarna har ", "50 %", " gått vidare till arbete eller studier", "medlemsbidrag på ",
            "contributions 2022 in total ", "kostnaderna för året blev ", "verksamhetskostnader (", "bedrev verksamhet för ",
            "medelstilldelningen för 2024 beräknas till ", "tjugo", "tre", "Elva", "91.000 kronor", "7.2 m.kr", "-60 ", "2 345 000 kr",
            "eget kapital uppgår nu till ", "individinsatser med ", "strukturella insatser om ", "fick ", " från huvudmännen",
            ". ", ", ", " ", " ", "\u00a0", "(", ")", "–", "/"};
        String odd = "\u212A\u212B\u017F\u1E9E\u0130\u0131\u00B5\u0345\u00DF\uD801\uDC00";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            StringBuilder mixed = new StringBuilder();
            for (int k = 0; k < sb.length(); k++) {
                char c = sb.charAt(k);
                int r = random.nextInt(100);
                mixed.append(r < 8 ? Character.toUpperCase(c) : r < 10 ? Character.toLowerCase(c) : c);
                if (random.nextInt(400) == 0) {
                    mixed.append(odd.charAt(random.nextInt(odd.length() - 1)));
                }
            }
            out.add(mixed.toString());
        }
        return out;
    }
}
