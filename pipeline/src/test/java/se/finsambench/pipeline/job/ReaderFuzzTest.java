package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.MutatedDocuments;

/**
 * Every reader on mutated real documents ({@link MutatedDocuments}), the way a task runs them (a
 * {@link DocumentWorker}, then the extractor): each file is read and extracted or refused with a plain reason from
 * its reader; no exception escapes a reader or the extractor ("could not be processed") and none runs out of time.
 * Bounded in time: as many cases as fit in {@link #BUDGET_SECONDS} (at least {@link #LEAST} cases), each one
 * reproducible from the seed the failure message names.
 */
class ReaderFuzzTest {

    static final long BUDGET_SECONDS = 90;
    static final int LEAST = 100;
    static final int MOST = 2_000;
    private static final long SEED = 20_151;

    @Test
    void mutatedDocumentsInEveryFormatAreReadOrRefusedWithAPlainReason() {
        MutatedDocuments documents = MutatedDocuments.fromSeedsAndResources();
        for (String format : List.of("txt", "md", "html", "pdf", "docx")) {
            assertTrue(documents.count(format) >= 5, format + ": the seeds in every format");
        }
        DocumentReader reader = new DocumentReader();
        ReportExtractor extractor = ReportExtractor.withDefaults();
        List<String> failures = new ArrayList<>();
        long end = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        int cases = 0;
        int read = 0;
        try (DocumentWorker worker = new DocumentWorker(30)) {
            for (; cases < MOST && (cases < LEAST || System.nanoTime() < end); cases++) {
                MutatedDocuments.Case c = documents.mutate(cases, new Random(SEED + cases));
                DocumentWorker.Result<ExtractionResult> run = worker.run(() ->
                        extractor.extract(reader.read(c.name(), c.bytes())));
                if (run.value() != null) {
                    read++;
                } else if (run.timedOut() || run.failure().startsWith("could not be processed")) {
                    failures.add(c.made() + " (case " + cases + ", seed " + (SEED + cases) + "): " + run.failure());
                }
            }
        }
        System.out.println("reader fuzz: " + cases + " mutated files, " + read + " read, " + (cases - read) + " refused");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + ": " + failures.stream().limit(10).toList());
    }
}
