package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link MoneyScale#declaredIn}'s letter check says no only where its pattern finds nothing. */
class UnitPrefilterTest {

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
}
