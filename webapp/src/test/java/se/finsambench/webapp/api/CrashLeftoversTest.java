package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/**
 * What an ingest killed mid-run leaves behind (a staging folder, a snapshot written only in part,
 * CURRENT untouched — see the pipeline's CrashSafetyTest) does not disturb the running app: it keeps
 * serving the previous run, and switches when the next ingest publishes a complete one.
 */
class CrashLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void theAppServesThePreviousRunUntilTheNextCompleteOneIsPublished() throws Exception {
        LakeFixture.build(dir);
        try (Lake lake = Lake.open(dir, new LakeSettings("512MB", 1, Duration.ofMillis(20)))) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                assertEquals(LakeFixture.FIRST_RUN, get(client, "/api/oversikt").json().get("runId").asText());

                Path staging = Files.createDirectories(dir.resolve(".staging-run-2/facts/fiscal_year=2023"));
                Files.write(staging.resolve("part-0.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 1});
                Path half = Files.createDirectories(dir.resolve("snapshots/run-2/facts"));
                Files.write(half.resolve("part-0.parquet"), new byte[] {'P', 'A', 'R'});
                Thread.sleep(100);
                for (String path : new String[] {"/api/oversikt", "/api/jamforelse?indikator=equity_ratio&ar=2023",
                        "/api/forbund/soderasen", "/api/datakvalitet"}) {
                    ApiTestSupport.Answer a = get(client, path);
                    assertEquals(200, a.status(), path + ": " + a.body());
                    assertEquals(LakeFixture.FIRST_RUN, a.json().get("runId").asText(), path);
                }

                LakeFixture.publish(dir, "run-3", 1.5, false);
                String run = "";
                for (int i = 0; i < 40 && !run.equals("run-3"); i++) {
                    Thread.sleep(50);
                    run = get(client, "/api/oversikt").json().get("runId").asText();
                }
                assertEquals("run-3", run);
            });
        }
    }
}
