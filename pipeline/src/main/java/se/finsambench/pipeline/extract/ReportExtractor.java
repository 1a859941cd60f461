package se.finsambench.pipeline.extract;

import java.util.List;
import se.finsambench.pipeline.read.TextDocument;

/**
 * Turns one document's text into facts with provenance. Pure Java, no Spark, thread-safe:
 * one instance can serve a whole partition.
 */
public final class ReportExtractor {

    public static ReportExtractor withDefaults() {
        return new ReportExtractor();
    }

    public ExtractionResult extract(TextDocument document) {
        // Placeholder while the extractor is being written (issue 2); replaced in the same change.
        DocumentInfo info = new DocumentInfo(DocType.OTHER, null, null, null, null, null, null, null, null, false);
        return new ExtractionResult(info, List.of(), List.of(), List.of(), List.of("not yet extracted"));
    }
}
