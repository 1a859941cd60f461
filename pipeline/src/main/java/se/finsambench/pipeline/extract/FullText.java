package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * A document's lines joined by "\n" (or another text searched many times), that text case-folded ({@link CaseFold})
 * and whether it has surrogates, each made once for the readers that search the whole document (identity,
 * decision date, insats names) instead of once by each, or once per name counted.
 */
final class FullText {

    private final String text;
    private String folded;
    private Boolean surrogate;
    private String forMatching;

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
            CaseFold.Folding f = CaseFold.foldChecked(text);
            folded = f.folded();
            forMatching = f.forMatching();
        }
        return folded;
    }

    /** {@link #folded} when rewritten patterns may run over it ({@link CaseFold#foldedForMatching}), else null. */
    String forMatching() {
        folded();
        return forMatching;
    }

    /** Whether the text holds a surrogate (half of a pair), made on first use. */
    boolean hasSurrogate() {
        if (surrogate == null) {
            surrogate = CaseFold.hasSurrogate(text);
        }
        return surrogate;
    }
}
