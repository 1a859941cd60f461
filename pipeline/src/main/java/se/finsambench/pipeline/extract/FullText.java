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
    /** A string of its own, told apart from every folding by identity: the text was checked and may not serve. */
    private static final String NOT_FOR_MATCHING = new String("");

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

    /** {@link #folded} when rewritten patterns may run over it ({@link CaseFold#foldedForMatching}), else null. */
    String forMatching() {
        if (forMatching == null) {
            String f = CaseFold.foldedForMatching(text, folded());
            forMatching = f == null ? NOT_FOR_MATCHING : f;
        }
        return forMatching == NOT_FOR_MATCHING ? null : forMatching;
    }

    /** Whether the text holds a surrogate (half of a pair), made on first use. */
    boolean hasSurrogate() {
        if (surrogate == null) {
            surrogate = CaseFold.hasSurrogate(text);
        }
        return surrogate;
    }
}
