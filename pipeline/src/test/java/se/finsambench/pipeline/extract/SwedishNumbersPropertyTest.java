package se.finsambench.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Formatting a value any of the Swedish ways and reading it back gives the value. */
class SwedishNumbersPropertyTest {

    record Written(String text, double value) {
    }

    @Property(tries = 2000)
    void anySwedishSpellingOfANumberReadsBackAsThatNumber(@ForAll("written") Written w) {
        List<NumberToken> tokens = SwedishNumbers.findAll(w.text());
        assertEquals(1, tokens.size(), () -> "tokens of '" + w.text() + "': " + tokens);
        assertEquals(w.value(), tokens.get(0).value(), 1e-9, w.text());
        assertEquals(w.value(), CellValue.parse(w.text()).orElseThrow().number(), 1e-9, w.text());
    }

    @Property(tries = 3000)
    void arbitraryTextNeverThrows(@ForAll String text) {
        SwedishNumbers.findAll(text);
        SwedishNumbers.parseCell(text);
        CellValue.parse(text);
        MoneyScale.declaredIn(text);
    }

    @Property(tries = 500)
    void numbersInsideSentencesAreFoundWithTheirUnit(@ForAll @LongRange(min = 0, max = 999_999_999) long kronor,
                                                      @ForAll @IntRange(min = 0, max = 2) int unitIndex) {
        String unit = List.of("kr", "tkr", "mnkr").get(unitIndex);
        String text = "Årets resultat blev ett överskott på " + grouped(kronor, ' ') + " " + unit + ".";
        NumberToken t = SwedishNumbers.findAll(text).get(0);
        assertEquals(kronor, t.value(), 1e-9);
        assertEquals(List.of(MoneyScale.KR, MoneyScale.TKR, MoneyScale.MNKR).get(unitIndex),
                MoneyScale.after(text, t.end()).orElseThrow());
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<Long> whole = Arbitraries.longs().between(0, 999_999_999_999L);
        Arbitrary<Integer> decimals = Arbitraries.integers().between(0, 2);
        Arbitrary<Character> separator = Arbitraries.of(' ', '\u00a0', '\u202f', '\u2009');
        Arbitrary<String> minus = Arbitraries.of("", "-", "−", "–");
        Arbitrary<String> percent = Arbitraries.of("", "", " %", "%");
        return Combinators.combine(whole, decimals, separator, minus, percent).as((n, d, sep, m, pct) -> {
            long fraction = d == 0 ? 0 : Math.abs(n) % (d == 1 ? 10 : 100);
            String text = m + grouped(n, sep) + (d == 0 ? "" : "," + String.format("%0" + d + "d", fraction)) + pct;
            double value = n + (d == 0 ? 0 : fraction / Math.pow(10, d));
            return new Written(text, m.isEmpty() || value == 0 ? value : -value);
        });
    }

    static String grouped(long n, char separator) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
