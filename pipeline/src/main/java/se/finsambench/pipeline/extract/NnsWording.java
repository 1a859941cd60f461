package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the reports say about their NNS indicators: the wording of an indicator, read from its row of the NNS table
 * ("1 ⇥ Deltagare känner att de insatser som erbjuds är organiserade runt deras behov ⇥ Högre 76 / 86"), and what
 * "klart positiva" means, read from the sentence that defines it ("… de två mest positiva svaren … ska utgöra
 * nyckeltal … Detta nyckeltal har vi valt att kalla "klart positiva"").
 */
public final class NnsWording {

    private static final Pattern CELLS = Pattern.compile("\\t+| {2,}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}\\.?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÅÄÖ\"”])");
    /** Words of a sentence that says what something means; a heading such as "Andel klart positiva svar" has none. */
    private static final Pattern DEFINES = Pattern.compile("(?iu)\\b(kalla\\p{L}*|betyder|innebär|avses|definier\\p{L}*|räknas|utgör\\p{L}*)\\b");
    private static final int MAX_WORDING = 300;
    private static final int MAX_DEFINITION = 500;

    private NnsWording() {
    }

    /** The indicator's wording from its table row, or null when the row has none (only a number and figures). */
    public static String wording(String rowLine) {
        if (rowLine == null) {
            return null;
        }
        String[] cells = CELLS.split(rowLine.strip());
        if (cells.length < 2 || !NUMBER.matcher(cells[0].strip()).matches()) {
            return null;
        }
        String w = cells[1].strip();
        long letters = w.codePoints().filter(Character::isLetter).count();
        if (letters < 10 || SwedishNumbers.hasDigit(w) && letters < 20) {
            return null;
        }
        return w.length() > MAX_WORDING ? w.substring(0, MAX_WORDING).strip() + " …" : w;
    }

    /** The definition of "klart positiva" in a line of prose, or null when the line does not define it. */
    public static String definition(String line) {
        if (line == null || line.indexOf('\t') >= 0 || !line.toLowerCase(Locale.ROOT).contains("klart positiv")) {
            return null;
        }
        List<String> sentences = List.of(SENTENCE_END.split(line.strip()));
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).toLowerCase(Locale.ROOT).contains("klart positiv")) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            if (i > 0 && DEFINES.matcher(sentences.get(i)).find()) {
                kept.add(sentences.get(i - 1));
            }
            if (!kept.isEmpty() || DEFINES.matcher(sentences.get(i)).find()) {
                kept.add(sentences.get(i));
                String d = String.join(" ", kept);
                return d.length() > MAX_DEFINITION ? d.substring(0, MAX_DEFINITION).strip() + " …" : d;
            }
        }
        return null;
    }
}
