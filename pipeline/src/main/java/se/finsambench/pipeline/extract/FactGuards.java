package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import se.finsambench.pipeline.read.TextDocument;

/**
 * The guards that keep wrong numbers out, applied to a document's ranked facts whatever layout they came
 * from: no figure from the pieces of a wrapped cell ({@link WrappedFragments}); a table whose own sums do not
 * add up does not outrank a prose statement of the same figure ({@link TableSums}); every figure of a text
 * recognised from page images carries a lower confidence.
 */
final class FactGuards {
    /** Confidence is multiplied by this for every figure of an OCR'd document. */
    static final double OCR_CONFIDENCE = 0.6;

    private FactGuards() {
    }

    static List<Fact> apply(TextDocument document, List<Fact> ranked) {
        List<Fact> facts = WrappedFragments.drop(ranked, WrappedFragments.find(document));
        if (document.ocr()) {
            List<Fact> lowered = new ArrayList<>(facts.size());
            facts.forEach(f -> lowered.add(f.withConfidence(f.confidence() * OCR_CONFIDENCE)));
            facts = lowered;
        }
        if (facts.size() != ranked.size() || document.ocr()) {
            facts = FactRanking.rank(facts);
        }
        return TableSums.preferProse(facts, TableSums.failing(document.lines()));
    }
}
