package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.pipeline.read.MutatedDocuments;

/**
 * A folder of mutated real documents in every format ({@link MutatedDocuments}) through the whole ingest: one
 * documents row per file, each with a status, a refused file with its reason, and no file whose reader or
 * extraction let an exception escape ("could not be processed") or ran out of time.
 */
class FuzzedIngestTest {

    static final int FILES = 150;
    private static final long SEED = 7_301;

    @TempDir
    Path tmp;

    @Test
    void everyMutatedFileGetsOneDocumentsRowWithAPlainOutcome() throws Exception {
        MutatedDocuments documents = MutatedDocuments.fromSeedsAndResources();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            MutatedDocuments.Case c = documents.mutate(i, new Random(SEED + i));
            Files.write(in.resolve(c.name()), c.bytes());
        }
        Path lake = tmp.resolve("lake");
        SparkSession spark = SparkSessions.create("local[2]");
        try {
            IngestResult result = new IngestJob(spark, IngestOptions.of(in.toString(), lake.toString())).run();
            assertEquals(FILES, result.inputFiles());
        } finally {
            spark.stop();
        }
        try (LakeQueries q = new LakeQueries(lake)) {
            assertEquals(FILES, q.count("SELECT count(DISTINCT source_path) FROM documents"));
            assertEquals(FILES, q.count("SELECT count(*) FROM documents"));
            assertEquals(0, q.count("SELECT count(*) FROM documents WHERE status IS NULL OR status NOT IN "
                    + "('ok', 'partial', 'rejected') OR (status = 'rejected' AND len(problems) = 0)"));
            List<Map<String, Object>> escaped = q.rows("SELECT source_path, problems FROM documents WHERE "
                    + "array_to_string(problems, ' ') LIKE '%could not be processed%' OR array_to_string(problems, ' ') "
                    + "LIKE '%did not finish within%'");
            assertEquals(List.of(), escaped);
        }
    }
}
