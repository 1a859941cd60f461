package se.finsambench.pipeline.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many kronor one printed unit is: kr = 1, tkr = 1 000, mnkr = 1 000 000. */
public enum MoneyScale {
    KR(1), TKR(1_000), MNKR(1_000_000);

    public final double factor;

    MoneyScale(double factor) {
        this.factor = factor;
    }

    // Longest spellings first so "tkr" is not read as "kr".
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile(
            "^\\s?(miljoner kronor|miljoner kr|miljoner|milj\\.?\\s?kr\\.?|milj\\.?|mnkr|mkr|m\\.kr|mdkr"
            + "|tusen kronor|tkr|t\\.kr|tkt|kr|kronor|:-)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DECLARATION = Pattern.compile(
            "(?i)(?:belopp(?:en)?(?: anges)?(?: i)?|redovisade belopp i|alla belopp i|\\(|^|,)\\s*"
            + "(tkr|tusental kronor|tusen kronor|mnkr|miljoner kronor|mkr|msek|tsek|ksek|kr|kronor)\\b\\.?\\)?");
    /** A unit at the end of a row label: "Årets resultat, mnkr", "Verksamhetens intäkter i miljoner kronor". */
    private static final Pattern LABEL_UNIT = Pattern.compile(
            "(?iu)(?:\\s*,\\s*|\\s+i\\s+|\\s*\\(\\s*)(tkr|tusental kronor|tusen kronor|mnkr|mkr|miljoner kronor|msek|tsek|kr|kronor)"
            + "\\.?\\s*\\)?\\s*$");

    /** The unit written right after a number in running text ("4,3 milj.kr", "621 tkr"). */
    public static Optional<MoneyScale> after(String text, int offset) {
        if (offset >= text.length()) {
            return Optional.empty();
        }
        Matcher m = UNIT_AFTER_NUMBER.matcher(text.substring(offset));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(fromWord(m.group(1)));
    }

    /** Length of the unit word right after a number, 0 when none. */
    public static int unitLengthAfter(String text, int offset) {
        if (offset >= text.length()) {
            return 0;
        }
        Matcher m = UNIT_AFTER_NUMBER.matcher(text.substring(offset));
        return m.find() ? m.end() : 0;
    }

    private static boolean holdsUnitLetters(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c == 'r' || c == 'R') && isAscii(line.charAt(i - 1), 'k')) {
                return true;
            }
            if ((c == 'k' || c == 'K') && i >= 2 && isAscii(line.charAt(i - 1), 'e') && isAscii(line.charAt(i - 2), 's')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(char c, char lower) {
        return c == lower || c == Character.toUpperCase(lower);
    }

    /** A unit a table title or header declares for all its amounts ("Belopp i tkr", "(kr)"). */
    public static Optional<MoneyScale> declaredIn(String line) {
        if (line == null || line.length() > 160) {
            return Optional.empty();
        }
        if (!holdsUnitLetters(line)) {
            return Optional.empty(); // every unit DECLARATION names holds "kr" or "sek" (ASCII case ignored, as there)
        }
        Matcher m = DECLARATION.matcher(line.strip());
        while (m.find()) {
            return Optional.of(fromWord(m.group(1)));
        }
        return Optional.empty();
    }

    /** The unit a row label ends in, if any ("Årets resultat, mnkr" → mnkr). */
    public static Optional<MoneyScale> inLabel(String label) {
        if (!mayEndInUnit(label)) {
            return Optional.empty();
        }
        Matcher m = LABEL_UNIT.matcher(label);
        return m.find() ? Optional.of(fromWord(m.group(1))) : Optional.empty();
    }

    /** A row label without the unit it ends in ("Årets resultat, mnkr" → "Årets resultat"). */
    public static String withoutUnit(String label) {
        if (!mayEndInUnit(label)) {
            return label;
        }
        Matcher m = LABEL_UNIT.matcher(label);
        return m.find() ? label.substring(0, m.start()).strip() : label;
    }

    /** Every unit a label can end in ends in "kr", "kronor" or "sek" (then perhaps "." or ")"). */
    private static boolean mayEndInUnit(String label) {
        int end = label.length();
        while (end > 0 && (label.charAt(end - 1) == ')' || label.charAt(end - 1) == '.' || label.charAt(end - 1) == ' ')) {
            end--;
        }
        return end >= 2 && (label.regionMatches(true, end - 2, "kr", 0, 2) || label.regionMatches(true, end - 2, "or", 0, 2)
                || end >= 3 && label.regionMatches(true, end - 3, "sek", 0, 3));
    }

    static MoneyScale fromWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (w.startsWith("milj") || w.startsWith("mn") || w.equals("mkr") || w.equals("m.kr") || w.equals("msek")) {
            return MNKR;
        }
        if (w.startsWith("t") || w.equals("ksek")) {
            return TKR;
        }
        return KR;
    }
}
