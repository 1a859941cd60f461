package se.finsambench.pipeline.evaluate;

import java.util.List;

/**
 * How one document's extraction compares with its known figures.
 *
 * @param found      gold rows whose preferred fact lies within tolerance
 * @param conflicts  gold rows whose preferred fact lies outside tolerance (a wrong number)
 * @param missed     gold rows with no fact at all
 * @param alternates lower-ranked statements outside tolerance (the document itself disagrees)
 */
public record GoldScore(String file, int total, int found, int conflicts, int alternates, List<String> missed,
                        List<String> wrong) {

    public double recall() {
        return total == 0 ? 1 : (double) found / total;
    }
}
