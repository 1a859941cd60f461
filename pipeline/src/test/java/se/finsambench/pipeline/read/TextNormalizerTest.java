package se.finsambench.pipeline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private static String n(String s) {
        return TextNormalizer.normalize(s);
    }

    @Test
    void noBreakThinAndFigureSpacesInNumbersBecomeOrdinarySpaces() {
        assertEquals("3 055 998", n("3\u00A0055\u00A0998"));
        assertEquals("3 055 998", n("3\u202F055\u2009998"));
        assertEquals("12 345", n("12\u2007345"));
    }

    @Test
    void tabsAreKeptEvenWhenCellsAreEmptyOrTrailing() {
        assertEquals("Avskrivningar\t\t-\t-", n("Avskrivningar\t\t-\t-"));
        assertEquals("Tillgångar\t\t\t", n("Tillgångar\t\t\t"));
        assertEquals("\tIntäkt\tKostnad", n("\tIntäkt\tKostnad"));
    }

    @Test
    void spacesNextToTabsAreTrimmedFromCells() {
        assertEquals("ESF Lumena\t4 764\t2 063", n("ESF Lumena ⁵\t 4 764 \t2 063⁵"));
    }

    @Test
    void footnoteSuperscriptsNeverGlueOntoNumbersOrLabels() {
        assertEquals("2 063", n("2 063⁵"));
        assertEquals("Försäkringskassan", n("Försäkringskassan ²"));
        assertEquals("Ajda Asgari\tMorgan Lindqvist", n("Ajda Asgari ³\tMorgan Lindqvist"));
        assertEquals("NNS indikatorenkäter", n("NNS¹ indikatorenkäter"));
        assertEquals("Nationella Nätverket", n("¹ Nationella Nätverket"));
    }

    @Test
    void squareAndCubicMetreAreUnitsNotFootnotes() {
        assertEquals("1 200 kr/m²", n("1 200 kr/m²"));
        assertEquals("40 m³", n("40 m³"));
        assertEquals("Program", n("Program²"));
    }

    @Test
    void htmlSuperscriptFootnoteIsDroppedNotTurnedIntoADigit() {
        assertEquals("2 063", n("2 063<sup>5</sup>"));
    }

    @Test
    void softHyphenAndZeroWidthCharactersAreRemoved() {
        assertEquals("samordningsförbund", n("samordnings\u00ADförbund"));
        assertEquals("3 056", n("\uFEFF3\u200B 056\u200D"));
        assertEquals("fin", n("ﬁn"));
    }

    @Test
    void minusSignsAndDashesAreLeftForTheNumberParser() {
        assertEquals("−620 592\t–280 034\t-1", n("−620 592\t–280 034\t-1"));
    }

    @Test
    void inlineHtmlTagsBecomeSpacesAndEntitiesAreDecoded() {
        assertEquals("Resultat Av 60 deltagare. Totalt 90.",
                n("Resultat\t<p>Av 60 deltagare.</p> <p>Totalt 90.</p>").replace('\t', ' '));
        assertEquals("• Kunskapsspridning", n("<ul style=\"list-style-type: none\"> • Kunskapsspridning "));
        assertEquals("Kostnad verksamhet (not 3)\t-6 078 343", n("Kostnad verksamhet <i>(not 3)</i>\t-6 078 343"));
        assertEquals("Region & kommun 5 000", n("<b>Region</b> &amp; kommun <u>5&nbsp;000</u>"));
    }

    @Test
    void lessThanInProseIsNotMistakenForATag() {
        assertEquals("deltagare <5 år och a < b > c", n("deltagare <5 år och a < b > c"));
    }

    @Test
    void markdownBoldIsKeptInPlainText() {
        assertEquals("**Postadress Söderåsens samordningsförbund", n("**Postadress Söderåsens samordningsförbund"));
    }

    @Test
    void decomposedSwedishLettersAreComposed() {
        assertEquals("Försäkringskassan", n("Fo\u0308rsa\u0308kringskassan"));
    }

    /** Outside TAB lines the character position is the column (pdftotext -layout), so only the line end is trimmed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Årets resultat  '|'  Årets resultat'",
        "'Kassa och bank      1 281 068     1 757 672 '|'Kassa och bank      1 281 068     1 757 672'",
        "'\f            2023      2022'|'            2023      2022'",
        "'Kassa\u00A0och bank   1\u00A0281 068'|'Kassa och bank   1 281 068'",
        "'   '|''",
        "'a\rb'|ab",
        "''|''",
    })
    void spacesKeepTheirColumnsAndLineEndsAreTrimmed(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Kassa    och bank \t   1 281 068 \t'|'Kassa  och bank\t1 281 068\t'",
        "' \t2023\t2022'|'\t2023\t2022'",
    })
    void inTabLinesTheTabsAreTheColumnsAndSpaceRunsStayTwo(String input, String expected) {
        assertEquals(expected, n(input));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String alphabet = "ab å1 2\t\u00A0\u2009\u00AD\u200B¹²³⁵m−–-<p></p><i>&amp;&lt;p&gt;\u0308ﬁ";
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = n(s.toString());
            assertEquals(once, n(once), () -> "not idempotent for: " + s);
        }
    }

    /** The fast path may only skip lines the passes would leave as they are. */
    @Test
    void linesTakenAsAlreadyNormalAreUnchangedByTheFullPasses() {
        for (char c = 1; c < 0x3000; c++) {
            for (String s : new String[] {"a" + c + "b", "a" + c + c + "b", "x " + c + "\t1", "m" + c, "2 063" + c}) {
                if (TextNormalizer.alreadyNormal(s)) {
                    assertEquals(s, TextNormalizer.normalizeOnce(s), "U+" + Integer.toHexString(c));
                }
            }
        }
        Random random = new Random(7);
        String alphabet = "ab 1\t\t  åÄé–−€&<>²m,.\u00A0\u0301";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (TextNormalizer.alreadyNormal(s)) {
                assertEquals(s, TextNormalizer.normalizeOnce(s), s);
            }
        }
    }
}
