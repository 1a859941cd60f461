package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that never name their association are ingested when the input folder says whose they are: its
 * sources.csv, else the folder each lies in. documents.identity_source records which.
 */
class IdentityFromPlaceTest {

    static final String PAGE = """
            Sammanfattning av verksamhetsåret 2022
            Kostnaderna för året blev 10,3 m.kr.
            Verksamheten har finansierats av medlemsavgifter på 6 m.kr.
            """;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;
    static IngestResult result;

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("sources.csv"), """
                file,url,organisation
                news-2022.txt,https://finsamroslagen.se/sammanfattning,Samordningsförbundet Roslagen
                """);
        Files.writeString(in.resolve("news-2022.txt"), PAGE);
        Files.writeString(Files.createDirectories(in.resolve("soderasen/2022")).resolve("page.txt"), PAGE.replace("10,3", "3,7"));
        Files.writeString(in.resolve("loose.txt"), PAGE.replace("10,3", "1,2"));
        spark = SparkSessions.create("local[2]");
        lake = tmp.resolve("lake");
        result = new IngestJob(spark, IngestOptions.of(in.toString(), lake.toString())).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theManifestAndTheFolderTellWhoseAPageIsAndTheLakeSaysWhichTold() throws Exception {
        Map<String, String> got = new TreeMap<>();
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map<String, Object> r : q.rows("SELECT regexp_extract(source_path, '[^/]+$') AS file, status, association_id, "
                    + "identity_source FROM documents")) {
                got.put((String) r.get("file"), r.get("status") + " " + r.get("association_id") + " " + r.get("identity_source"));
            }
            assertEquals(3, got.size(), "sources.csv is the folder's manifest, not a document: " + got);
            assertTrue(got.get("news-2022.txt").matches("(ok|partial) roslagen manifest"), got.toString());
            assertTrue(got.get("page.txt").matches("(ok|partial) soderasen folder"), got.toString());
            assertTrue(got.get("loose.txt").startsWith("rejected null null"), got.toString());
            assertTrue(!q.rows("SELECT value FROM facts WHERE association_id = 'roslagen'").isEmpty(),
                    "the page's figures are the association's facts");
        }
        assertTrue(result.notices().stream().anyMatch(n -> n.contains("sources.csv")), result.notices().toString());
    }
}
