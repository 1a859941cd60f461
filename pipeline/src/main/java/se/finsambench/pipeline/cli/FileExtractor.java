package se.finsambench.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.TextDocument;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/** Reads and extracts one file at a time for the commands, reporting rejected files on stderr. */
final class FileExtractor {
    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = ReportExtractor.withDefaults();
    private final PrintWriter err;

    FileExtractor(PrintWriter err) {
        this.err = err;
    }

    /** The extraction, or empty after printing {@code <file>: rejected: <reason>}. */
    Optional<ExtractionResult> extract(Path file) {
        return read(file).map(extractor::extract);
    }

    /** The normalised text the extractor reads, or empty after printing {@code <file>: rejected: <reason>}. */
    Optional<TextDocument> read(Path file) {
        try {
            return Optional.of(reader.read(file));
        } catch (UnreadableDocumentException e) {
            return rejected(file, e.reason());
        } catch (java.io.IOException e) {
            return rejected(file, "could not be read: " + e.getMessage());
        }
    }

    private <T> Optional<T> rejected(Path file, String reason) {
        err.println(file + ": rejected: " + reason);
        err.flush();
        return Optional.empty();
    }
}
