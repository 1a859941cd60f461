package se.finsambench.pipeline.evaluate;

import java.util.List;

/**
 * One document of a folder measured against a gold file.
 *
 * @param gold        the gold comparison (0 rows for a document gold lists no figure for)
 * @param strayMoney  money facts read from a document gold lists no figure for (a trap page): each a
 *                    wrong figure, described with its line
 */
public record DocumentScore(String file, String layout, GoldScore gold, List<String> strayMoney) {

    public DocumentScore {
        strayMoney = List.copyOf(strayMoney);
    }

    /** A document gold lists no figure for. */
    public boolean isTrap() {
        return gold.total() == 0;
    }
}
