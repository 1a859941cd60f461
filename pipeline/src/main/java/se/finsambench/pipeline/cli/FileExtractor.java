package se.finsambench.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.job.DocumentWorker;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.TextDocument;

/**
 * Reads and extracts one file at a time for the commands, the way ingest does ({@link DocumentWorker}: a large
 * stack, a time limit that stops the work, any failure a plain reason), reporting each file that cannot be read
 * as one line on stderr, {@code <file>: rejected: <reason>}, and what a file's reader could not read faithfully as
 * {@code <file>: partial: <problem>}.
 */
final class FileExtractor implements AutoCloseable {
    private final DocumentReader reader = new DocumentReader();
    private final ReportExtractor extractor = ReportExtractor.withDefaults();
    private final DocumentWorker worker;
    private final PrintWriter err;

    /** @param result null when only the text was asked for */
    private record Read(TextDocument text, ExtractionResult result) {
    }

    FileExtractor(PrintWriter err, long timeoutSeconds) {
        this.err = err;
        this.worker = new DocumentWorker(timeoutSeconds);
    }

    /** The extraction, or empty after printing why there is none. */
    Optional<ExtractionResult> extract(Path file) {
        return run(file, true).map(Read::result);
    }

    /** The normalised text the extractor reads, or empty after printing why there is none. */
    Optional<TextDocument> read(Path file) {
        return run(file, false).map(Read::text);
    }

    private Optional<Read> run(Path file, boolean extract) {
        DocumentWorker.Result<Read> run = worker.run(() -> {
            TextDocument text = reader.read(file);
            return new Read(text, extract ? extractor.extract(text) : null);
        });
        if (run.value() == null) {
            err.println(file + ": rejected: " + run.failure());
            err.flush();
            return Optional.empty();
        }
        run.value().text().problems().forEach(p -> err.println(file + ": partial: " + p));
        err.flush();
        return Optional.of(run.value());
    }

    @Override
    public void close() {
        worker.close();
    }
}
