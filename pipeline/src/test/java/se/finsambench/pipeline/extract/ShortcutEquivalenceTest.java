package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The speed shortcuts (numbers and masks tried only where one can start, number words found by letter runs, case
 * folding for cue words) against the plain regex searches they replace, on random text made of the characters
 * that matter to them.
 */
class ShortcutEquivalenceTest {

    private static final String ALPHABET = "0123456789  ,.-−–%kKlLenEtvåfmS\u00a0\u202f\u2009:/#_aéÅ\u0301\uD835\uDC00";

    private static List<String> randomTexts(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        String[] pieces = {"2023-12-31", "222000-2642", "kl. 13.00", "1 234 567", "-60", "2022-2024", "25/4",
            "90,9 %", "en", "Ett", "TVÅ", "tolv", "fem", "2003:1210", "08-123 45 67", "13.00–14.30", "2020.12.01"};
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                if (random.nextInt(3) == 0) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void findAllFindsWhatAPlainSearchFinds() throws Exception {
        Pattern number = field("NUMBER");
        Pattern notFigures = field("NOT_FIGURES");
        for (String text : randomTexts(1, 30_000)) {
            String masked = plainMask(notFigures, text);
            assertEquals(masked, SwedishNumbers.mask(text), text);
            List<String> expected = new ArrayList<>();
            Matcher m = number.matcher(masked);
            while (m.find()) {
                if (m.group(2).replaceAll("[ \\u00a0\\u202f\\u2009]", "").length() <= 15) {
                    expected.add(m.start() + ":" + m.end()); // longer ones are dropped as two numbers run together
                }
            }
            List<String> actual = new ArrayList<>();
            for (NumberToken t : SwedishNumbers.findAll(text)) {
                actual.add(t.start() + ":" + t.end());
            }
            assertEquals(expected, actual, text);
        }
    }

    @Test
    void numberWordsAreFoundAsTheAlternationFindsThem() {
        Pattern words = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + NumberWords.ALTERNATION + ")(?![\\p{L}])");
        for (String text : randomTexts(2, 30_000)) {
            if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                assertEquals(words.matcher(text).find(), NumberWords.containsWord(text), text);
            }
        }
    }

    @Test
    void everyCaseInsensitiveMatchOfACueWordIsInTheFoldedText() {
        Pattern cue = Pattern.compile("styrelsen|kostnader|överskott|ſkott", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String text : new String[] {"STYRELSEN", "Kostnader", "ÖVERSKOTT", "ſKOTT", "\u212Aostnader"}) {
            Matcher m = cue.matcher(text);
            assertEquals(true, m.find(), text);
            assertEquals(true, CaseFold.fold(text).contains(CaseFold.fold(m.group())), text);
        }
    }

    @Test
    void standaloneNamesAreCountedAsTheRegexCountsThem() {
        Random random = new Random(3);
        String alphabet = "fiaFIA ENTER enter-1µΜμıIİ\u212AKk.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(25); k >= 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            for (String name : new String[] {"FIA", "fia", "enter", "k", "ia f", "µ", "i"}) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t);
                int expected = 0;
                while (m.find()) {
                    expected++;
                }
                assertEquals(expected, CaseFold.countStandalone(new FullText(t), name), t + " / " + name);
            }
        }
    }

    @Test
    void foldingByCharactersIsFoldingByCodePoints() {
        for (int c = 1; c <= 0xFFFF; c++) {
            String s = "A" + (char) c + "ö";
            StringBuilder expected = new StringBuilder();
            s.codePoints().forEach(cp -> expected.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
            assertEquals(expected.toString(), CaseFold.fold(s), Integer.toHexString(c));
        }
        assertEquals("\uD801\uDC28x", CaseFold.fold("\uD801\uDC00X")); // Deseret capital long I folds to its small
    }

    private static String plainMask(Pattern notFigures, String text) {
        Matcher m = notFigures.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append("#".repeat(m.end() - m.start()));
            last = m.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    private static Pattern field(String name) throws Exception {
        java.lang.reflect.Field f = SwedishNumbers.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    /** Sentences in the prose patterns' own words, cased and spaced in odd ways, with numbers among them. */
    private static List<String> proseTexts(long seed, int count) {
        Random random = new Random(seed);
        String[] pieces = {"Resultatet för år 2023 är ", "RESULTAT ", "balanserat resultat ", "uppgick till ", "3 056 tkr",
            "minus ", "Styrelsen har haft ", "12", " sammanträden", "avslutats till arbete eller studier", "fick ",
            "deltagare", " personer", "Eget kapital på ", "1,2 mnkr", "socialfonden på ", "vid årets början ",
            "insatser för ", "arbetade med ", "avslutades ", "gick ", "vidare till arbete", "ſtyrelsen ", "Individ",
            "insats med ", "STRUKTURELLA insatser om ", "medlemsbidrag på ", "contributions ", ". ", "ﬁck ",
            "Bidraget för 2023 var ", "bedrev verksamhet för ", "Verksamhetskostnaderna blev ", "kostnader (", "överskott på ",
            "medelstilldelningen för 2024 beräknas till ", "TILLDELNING om ", "började ", " personer arbeta eller studera",
            "hade ", "50 %", " gått vidare till arbete eller studier", "underſkott "};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(10); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(4) == 0) {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void prosePatternsFoundWhereTheirLiteralStartStandsAsFindFindsThem() {
        int matches = 0;
        for (String text : proseTexts(3, 20_000)) {
            String folded = CaseFold.fold(text);
            if (folded.length() != text.length() || CaseFold.hasSurrogate(text)) {
                continue; // the reader searches such text with find() itself
            }
            for (int k = 0; k < ProsePatterns.ALL.size(); k++) {
                String[] start = ProsePatterns.STARTS[k];
                if (start == null) {
                    continue;
                }
                Pattern p = ProsePatterns.ALL.get(k).pattern();
                List<String> expected = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    expected.add(m.start() + ":" + m.end());
                }
                List<String> actual = new ArrayList<>();
                Matcher a = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int from = 0; LiteralStart.find(a, text, folded, start, from); from = a.end()) {
                    actual.add(a.start() + ":" + a.end());
                }
                assertEquals(expected, actual, p + " in " + text);
                matches += expected.size();
            }
        }
        assertEquals(true, matches > 200, "the texts hold matches to compare: " + matches);
    }

    @Test
    void literalStartsAreTheWordsEveryMatchStartsWith() {
        assertEquals(List.of("resultat"), List.of(LiteralStart.of("(?<!balanserat )resultat\\p{L}*\\s+för")));
        assertEquals(List.of("bidraget", "bidragen"), List.of(LiteralStart.of("(?:bidraget|Bidragen)\\s+")));
        assertEquals(List.of("verksamhets", "kostnader"), List.of(LiteralStart.of("(?<!\\p{L})(?:verksamhets)?kostnader")));
        assertEquals(List.of("abc", "def", "ghi"), List.of(LiteralStart.of("(?:abc|def)??ghi")));
        assertEquals(List.of("under", "över"), List.of(LiteralStart.of("(?<w>under|över)skott")));
        for (String none : new String[] {"(?:abc|de)x", "(?:abc)*def", "(?:abc)+def", "(?:abc)?d", "abc|def", "(?:abc|)def",
            "(?:(?:abc|def)|ghi)x", "eg(?:et|na)", "(?i:abc|def)x"}) {
            assertEquals(null, LiteralStart.of(none), none);
        }
    }

    @Test
    void cueWordsFoundInOnePassAsContainsFindsThem() throws Exception {
        java.lang.reflect.Field f = ProsePatterns.class.getDeclaredField("CUES");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> cues = (List<String>) f.get(null);
        for (String text : proseTexts(4, 5_000)) {
            String folded = CaseFold.fold(text);
            boolean[] present = ProsePatterns.cuesIn(folded);
            for (int i = 0; i < cues.size(); i++) {
                assertEquals(folded.contains(cues.get(i)), present[i], cues.get(i) + " in " + folded);
            }
        }
    }
}
