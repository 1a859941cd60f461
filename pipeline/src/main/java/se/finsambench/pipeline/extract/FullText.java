package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * A document's lines joined by "\n", and that text case-folded ({@link CaseFold}), each made once for the readers
 * that search the whole document (identity, decision date, insats names) instead of once by each.
 */
final class FullText {

    private final String text;
    private String folded;

    FullText(String text) {
        this.text = text;
    }

    static FullText of(List<String> lines) {
        return new FullText(String.join("\n", lines));
    }

    String text() {
        return text;
    }

    /** Made on first use: a document that nobody asks about by word never pays for it. */
    String folded() {
        if (folded == null) {
            folded = CaseFold.fold(text);
        }
        return folded;
    }
}
