package se.finsambench.webapp.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeTest {

    @TempDir
    Path dir;

    private static final LakeSettings FAST = new LakeSettings("512MB", 1, Duration.ofMillis(10));

    @Test
    void viewsOverTheLakeWorkUnderLockedConfiguration() {
        try (Lake lake = Lake.open(LakeFixture.build(dir), FAST)) {
            assertEquals("run-1", lake.runId());
            assertTrue(lake.synthetic());
            List<Map<String, Object>> rows = lake.query(
                    "SELECT count(*) AS n, count(DISTINCT fiscal_year) AS years FROM facts WHERE association_id = ?", "soderasen");
            assertTrue(((Number) rows.get(0).get("n")).longValue() > 20);
            assertEquals(3L, ((Number) rows.get(0).get("years")).longValue());
            assertEquals(1, lake.query("SELECT * FROM documents WHERE status = 'rejected'").size());
            assertEquals("2024-08-31", lake.query(
                    "SELECT max(period_end) AS p FROM indicators").get(0).get("p"), "the eight-month interim report");
            assertTrue(lake.query("SELECT problems FROM documents WHERE status='rejected'").get(0).get("problems") instanceof List);
        }
    }

    @Test
    void noFileOutsideTheLakeAndNoWritesAndNoReconfiguration() {
        try (Lake lake = Lake.open(LakeFixture.build(dir), FAST)) {
            assertThrows(LakeException.class, () -> lake.query("SELECT * FROM read_csv('/etc/passwd')"));
            assertThrows(LakeException.class, () -> lake.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("SET enable_external_access=true");
                }
            }));
            assertThrows(LakeException.class, () -> lake.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("CREATE TABLE x AS SELECT 1");
                }
            }));
        }
    }

    @Test
    void aConnectionIsReusedAfterWorkThatSucceededAndClosedAfterWorkThatFailed() {
        try (Lake lake = Lake.open(LakeFixture.build(dir), FAST)) {
            java.sql.Connection first = lake.read(c -> c);
            assertTrue(first == lake.read(c -> c), "a connection given back after good work serves the next request");
            assertThrows(LakeException.class, () -> lake.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("SELECT * FROM no_such_table");
                }
            }));
            java.sql.Connection next = lake.read(c -> c);
            assertFalse(first == next, "the connection whose work failed is not handed out again");
            assertTrue(closed(first), "and it was closed");
        }
    }

    private static boolean closed(java.sql.Connection c) {
        try {
            return c.isClosed();
        } catch (java.sql.SQLException e) {
            return true;
        }
    }

    @Test
    void switchesToANewlyPublishedRunWithoutRestart() throws Exception {
        try (Lake lake = Lake.open(LakeFixture.build(dir), FAST)) {
            double before = total(lake);
            assertEquals("run-1", lake.cached("k", () -> lake.runId()));
            LakeFixture.publish(dir, "run-2", 2.0, false);
            // Without the run's own catalog the app must fall back to (a copy of) LAKE/finsam.duckdb.
            Files.delete(dir.resolve("snapshots/run-2/finsam.duckdb"));
            Files.setLastModifiedTime(dir.resolve("CURRENT"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
            Thread.sleep(30);
            assertEquals(2 * before, total(lake), 1e-6 * before);
            assertEquals("run-2", lake.runId());
            assertFalse(lake.synthetic());
            assertEquals("run-2", lake.cached("k", () -> lake.runId()));
        }
    }

    private static double total(Lake lake) {
        return ((Number) lake.query("SELECT sum(value) AS s FROM facts WHERE concept = 'contribution_total'")
                .get(0).get("s")).doubleValue();
    }
}
