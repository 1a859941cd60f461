package se.finsambench.webapp.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.finsambench.webapp.api.ApiTestSupport.get;

import com.fasterxml.jackson.databind.JsonNode;
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

/** A re-ingest publishes a new snapshot and moves CURRENT; the running app serves it without restart. */
class LakeSwitchTest {

    @TempDir
    Path dir;

    @Test
    void servesTheNewRunAfterCurrentChanges() throws Exception {
        LakeFixture.build(dir);
        try (Lake lake = Lake.open(dir, new LakeSettings("512MB", 1, Duration.ofMillis(20)))) {
            JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), (server, client) -> {
                JsonNode before = get(client, "/api/forbund/soderasen").json();
                assertEquals("run-1", before.get("runId").asText());
                assertTrue(before.get("synthetic").asBoolean());
                assertTrue(get(client, "/").body().contains("Demodata"));
                double total = contributionTotal(before);

                LakeFixture.publish(dir, "run-2", 2.0, false);
                Thread.sleep(60);

                JsonNode after = get(client, "/api/forbund/soderasen").json();
                assertEquals("run-2", after.get("runId").asText());
                assertFalse(after.get("synthetic").asBoolean());
                assertEquals(2 * total, contributionTotal(after), 1e-6 * total, "cached results of run-1 are not served");
                assertFalse(get(client, "/").body().contains("Demodata"), "no badge once the lake holds real documents");
                assertTrue(Files.exists(dir.resolve("snapshots/run-1")), "the old snapshot stays readable");
            });
        }
    }

    private static double contributionTotal(JsonNode page) {
        double sum = 0;
        for (JsonNode c : page.get("contributions")) {
            if (c.get("concept").asText().equals("contribution_total")) {
                sum += c.get("value").asDouble();
            }
        }
        return sum;
    }
}
