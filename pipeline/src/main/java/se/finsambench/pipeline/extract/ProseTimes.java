package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure stated in a sentence is for, and as what: the year named before it in its clause, beside it or
 * earlier in the sentence, the closing date of a balance, the months of a period, and the budget, forecast and
 * plan words before the number ({@link ProseReader}'s figures).
 */
final class ProseTimes {

    private static final FoldedPattern BUDGET_CUE = FoldedPattern.compile("(?iu)budget(?!år)\\p{L}*|planer\\p{L}*|planerade");

    private static final FoldedPattern FORECAST_CUE = FoldedPattern.compile("(?iu)prognos\\p{L}*|beräknas|bedöms bli");

    private static final FoldedPattern PLAN_CUE = FoldedPattern.compile("(?iu)flerårsplan\\p{L}*");

    private static final Pattern DATE = Dates.DATE;

    private static final FoldedPattern YEAR_AFTER_WORD = FoldedPattern.compile("(?iu)(?:för|under|år|året|inför)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");

    private static final Pattern YEAR = Dates.YEAR;

    // The lookahead for the words says first what the match starts with, so the three lookbehinds are tried only
    // where one stands (zero-width tests at one place may come in any order).
    private static final Pattern YEAR_EARLIER = Pattern.compile(
            "(?iu)(?=för|under|år|inför)(?<!än )(?<!än för )(?<!jämfört med )(?:för|under|år|inför)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");

    private static final Pattern YEAR_RIGHT_AFTER = Pattern.compile(
            "^[^.\\d]{0,12}?(?<!än )(?:för|under|år)\\s+(?:år\\s+)?((?:19|20)\\d{2})(?![\\d-])");

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private static final Pattern CLOSING_YEAR = Pattern.compile(
            "(?iu)vid\\s+(?:utgången\\s+av|slutet\\s+av)\\s+((?:19|20)\\d{2})|vid\\s+((?:19|20)\\d{2})\\s+års\\s+(?:bokslut|slut)");

    private static final Pattern PERIOD_MONTHS = Pattern.compile("(?iu)perioden\\s+januari\\s*[-–]\\s*(\\p{L}+)");

    private ProseTimes() {
    }

    /** "Vid utgången av 2022 ett eget kapital på 300 tkr": the year a closing balance is stated for. */
    static Integer closingYear(String sentence) {
        Matcher y = CLOSING_YEAR.matcher(sentence);
        return y.find() ? Integer.valueOf(y.group(1) != null ? y.group(1) : y.group(2)) : null;
    }

    /** "för perioden januari – augusti": the last day of the last month named, in the period's year. */
    static LocalDate periodMonths(String sentence, LocalDate period) {
        Matcher m = PERIOD_MONTHS.matcher(sentence);
        if (period == null || !m.find()) {
            return null;
        }
        int month = Dates.month(m.group(1));
        return month < 1 ? null : java.time.YearMonth.of(period.getYear(), month).atEndOfMonth();
    }

    /** Where the words before a number start: after the previous figure (or at the sentence start); years do not end a clause. */
    static int clauseStart(String masked, int numberStart) {
        int from = 0;
        for (NumberToken t : SwedishNumbers.findAll(masked.substring(0, numberStart))) {
            boolean year = t.decimals() == 0 && t.value() >= 1990 && t.value() <= 2099
                    && FOUR_DIGITS.matcher(masked.substring(t.start(), t.end())).matches();
            from = year ? from : t.end();
        }
        return from;
    }

    /**
     * The year an amount is for: one named before it in its clause ("för 2024 blir 1 450 000 kr"), or
     * right after it ("3 084 000 kr för 2021") unless as a comparison ("… mer än för 2023").
     */
    /** @param doc the document's fiscal year, or null */
    static Integer yearFor(String sentence, String clause, int numberStart, int numberEnd, Integer doc) {
        Matcher before = YEAR.matcher(clause);
        Integer found = null;
        while (before.find()) {
            int y = Integer.parseInt(before.group(1));
            found = plausible(y, doc) ? Integer.valueOf(y) : found;
        }
        if (found != null) {
            return found;
        }
        // Earlier in the sentence: "Budgeten för 2021 innehåller … mer än medelstilldelningen på 3 084 000 kr".
        Matcher earlier = YEAR_EARLIER.matcher(sentence.substring(0, Math.min(numberStart, sentence.length())));
        while (earlier.find()) {
            int y = Integer.parseInt(earlier.group(1));
            found = plausible(y, doc) ? Integer.valueOf(y) : found;
        }
        if (found != null) {
            return found;
        }
        String after = sentence.substring(numberEnd, Math.min(sentence.length(), numberEnd + 30));
        Matcher next = YEAR_RIGHT_AFTER.matcher(after);
        if (next.find() && plausible(Integer.parseInt(next.group(1)), doc)) {
            return Integer.parseInt(next.group(1));
        }
        return null;
    }

    /**
     * Budget and forecast words count only before the number, after any earlier figure ({@code clause}, and its
     * folding for rewritten patterns or null).
     */
    static Scenario scenarioBefore(String clause, String folded) {
        if (PLAN_CUE.find(clause, folded)) {
            return Scenario.PLAN;
        }
        if (FORECAST_CUE.find(clause, folded)) {
            return Scenario.FORECAST;
        }
        if (BUDGET_CUE.find(clause, folded)) {
            return Scenario.BUDGET;
        }
        return Scenario.ACTUAL;
    }

    /** Whether the text has "19" or "20" and two more digits, which every year the patterns find starts with. */
    private static boolean mayHoldYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @param doc the document's fiscal year, or null */
    static Integer statedYear(String sentence, Integer doc) {
        if (!mayHoldYear(sentence)) {
            return null; // no year written
        }
        String noDates = sentence.indexOf('-') < 0 ? sentence : DATE.matcher(sentence).replaceAll(" "); // a date has dashes
        Matcher w = YEAR_AFTER_WORD.matcher(noDates, CaseFold.foldChecked(noDates).forMatching());
        while (w.find()) {
            int y = Integer.parseInt(noDates.substring(w.start(1), w.end(1)));
            if (plausible(y, doc)) {
                return y;
            }
        }
        Set<Integer> years = new LinkedHashSet<>();
        Matcher y = YEAR.matcher(noDates);
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            if (plausible(v, doc)) {
                years.add(v);
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    static boolean plausible(int year, Integer doc) {
        return doc == null || (year >= doc - 6 && year <= doc + 5);
    }
}
