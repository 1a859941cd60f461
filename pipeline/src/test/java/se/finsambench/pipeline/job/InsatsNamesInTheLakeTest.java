package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One insats is one name in the lake (issue 16, defect 4): a generated interim report calls the insats "Hållbar"
 * (its short name), the association's annual report "Hållbar återgång"; the facts of both must name it once, and the
 * administration lines (Kansli, Styrelse) are no insatser.
 */
class InsatsNamesInTheLakeTest {

    static final List<String> REPORTS = List.of("bergbacken_delarsrapport_2019-08.txt", "bergbacken_arsredovisning_2019.txt");

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path lake;

    @BeforeAll
    static void ingest() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (String report : REPORTS) {
            try (var in = InsatsNamesInTheLakeTest.class.getResourceAsStream("/generated/" + report)) {
                Files.copy(in, input.resolve(report));
            }
        }
        spark = SparkSessions.create("local[1]");
        lake = tmp.resolve("lake");
        new IngestJob(spark, IngestOptions.of(input.toString(), lake.toString())).run();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void factsNameEachInsatsByOneName() throws Exception {
        assertEquals(List.of("intervention:ANS", "intervention:Hållbar återgång", "intervention:Kansli", "intervention:Styrelse"),
                column("SELECT DISTINCT member FROM facts WHERE member LIKE 'intervention:%' ORDER BY member"));
        assertEquals(List.of("2019-08-31|intervention:ANS", "2019-08-31|intervention:Hållbar återgång",
                        "2019-12-31|intervention:ANS", "2019-12-31|intervention:Hållbar återgång"),
                column("SELECT DISTINCT strftime(period_end, '%Y-%m-%d') || '|' || member FROM facts"
                        + " WHERE concept = 'participants_total' AND member <> '' ORDER BY 1"),
                "the interim report's \"Hållbar\" is the annual report's Hållbar återgång");
    }

    @Test
    void administrationLinesAreNoInsatserAndEachSpellingIsAnAliasOnce() throws Exception {
        assertEquals(List.of("ANS", "Hållbar återgång"), column("SELECT DISTINCT name FROM interventions ORDER BY name"));
        assertEquals(List.of(), column("SELECT name FROM interventions WHERE len(aliases) <> len(list_distinct(aliases))"));
    }

    private static List<String> column(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (LakeQueries q = new LakeQueries(lake)) {
            for (Map<String, Object> r : q.rows(sql)) {
                out.add(String.valueOf(r.values().iterator().next()));
            }
        }
        return out;
    }
}
