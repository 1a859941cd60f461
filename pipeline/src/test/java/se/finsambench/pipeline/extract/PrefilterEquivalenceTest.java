package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that say no before a pattern is tried, and lookaheads that say first what every match starts with,
 * against the patterns alone.
 */
class PrefilterEquivalenceTest {

    @Test
    void declaredUnitsFoundAsThePatternAloneFindsThem() throws Exception {
        java.lang.reflect.Field f = MoneyScale.class.getDeclaredField("DECLARATION");
        f.setAccessible(true);
        Pattern declaration = (Pattern) f.get(null);
        Random random = new Random(5);
        String[] pieces = {"Belopp i ", "belopp anges i ", "(", ")", ",", " ", "tkr", "TKR", "Tusen Kronor", "mnkr", "MSEK", "tSek",
            "ksek", "kr", "Kr", "kR", "kronor", "\u212Ar", "k\u0280", "ſek", "s", "e", "k", "r", ".", "2023", "Resultat"};
        int found = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            Matcher m = declaration.matcher(line.strip());
            Optional<MoneyScale> expected = m.find() ? Optional.of(MoneyScale.fromWord(m.group(1))) : Optional.empty();
            found += expected.isPresent() ? 1 : 0;
            assertEquals(expected, MoneyScale.declaredIn(line), line);
        }
        assertEquals(true, found > 3_000, "lines declaring a unit: " + found);
    }

    @Test
    void associationNamesInTheGenitiveFoundAsWithoutTheLookahead() throws Exception {
        java.lang.reflect.Field f = AssociationNames.class.getDeclaredField("PREFIX_FORM");
        f.setAccessible(true);
        Pattern withLookahead = (Pattern) f.get(null);
        String prefix = "(?=[A-ZÅÄÖ])";
        assertEquals(true, withLookahead.pattern().startsWith(prefix));
        Pattern plain = Pattern.compile(withLookahead.pattern().substring(prefix.length()));
        Random random = new Random(6);
        String[] pieces = {"Södra ", "Norra", "Östra ", "Lilla ", "Söderåsens", "Finsams", "Mittens", "Uppsala", "s", "S", " ",
            "\u00a0", "samordningsförbund", "Samordningsförbundet", "s samordningsförbund", "s Samordningsförbundets",
            "s samordningsförbundet ", "Södra Vätterbygdens samordningsförbund", "en", "-", "i ", "Å", "ö", "\uD835\uDC00s", "."};
        int found = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = plain.matcher(line);
            while (m.find()) {
                expected.add(m.start() + ":" + m.end() + ":" + m.group(1));
            }
            List<String> actual = new ArrayList<>();
            Matcher a = withLookahead.matcher(line);
            while (a.find()) {
                actual.add(a.start() + ":" + a.end() + ":" + a.group(1));
            }
            assertEquals(expected, actual, line);
            found += expected.size();
        }
        assertEquals(true, found > 3_000, "names found: " + found);
    }

    @Test
    void yearsEarlierInASentenceFoundAsWithoutTheLookahead() throws Exception {
        java.lang.reflect.Field f = ProseTimes.class.getDeclaredField("YEAR_EARLIER");
        f.setAccessible(true);
        Pattern withLookahead = (Pattern) f.get(null);
        String lookahead = "(?=för|under|år|inför)";
        assertEquals(true, withLookahead.pattern().startsWith("(?iu)" + lookahead));
        Pattern plain = Pattern.compile(withLookahead.pattern().replace(lookahead, ""));
        Random random = new Random(7);
        String[] pieces = {"för ", "FÖR ", "under ", "År ", "år ", "inför ", "än ", "jämfört med ", "Jämfört Med ", "2023", "1999",
            "2105", " ", "-", "budgeten ", "\u0130nför ", "\u212Ar ", "."};
        int found = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = plain.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.end());
            }
            List<String> actual = new ArrayList<>();
            Matcher a = withLookahead.matcher(text);
            while (a.find()) {
                actual.add(a.start() + ":" + a.end());
            }
            assertEquals(expected, actual, text);
            found += expected.size();
        }
        assertEquals(true, found > 3_000, "years found: " + found);
    }
}
