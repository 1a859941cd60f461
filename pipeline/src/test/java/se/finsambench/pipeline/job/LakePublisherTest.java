package se.finsambench.pipeline.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing a snapshot without Spark: pointer, symlinks, and which snapshots survive. */
class LakePublisherTest {

    @TempDir
    Path lake;

    private LakePublisher stage(String runId) throws Exception {
        LakePublisher p = new LakePublisher(new Configuration(), lake.toString(), runId);
        Files.createDirectories(lake.resolve(".staging-" + runId).resolve("facts"));
        Files.writeString(lake.resolve(".staging-" + runId).resolve("facts").resolve("part.parquet"), runId);
        return p;
    }

    @Test
    void aPublishedRunIsCurrentAndEachTableIsAFolderUnderTheRoot() throws Exception {
        LakePublisher p = stage("20250101T000000Z-aaaaaa");
        p.promote();
        p.publish(List.of("facts"));
        assertEquals("20250101T000000Z-aaaaaa", Files.readString(lake.resolve("CURRENT")).trim());
        assertEquals("20250101T000000Z-aaaaaa", Files.readString(lake.resolve("facts/part.parquet")));
        assertFalse(Files.exists(lake.resolve(".staging-20250101T000000Z-aaaaaa")));
    }

    @Test
    void aStagedButUnpublishedRunLeavesThePreviousLakeAsItWas() throws Exception {
        LakePublisher first = stage("20250101T000000Z-aaaaaa");
        first.promote();
        first.publish(List.of("facts"));
        stage("20250102T000000Z-bbbbbb"); // killed before promote
        assertEquals("20250101T000000Z-aaaaaa", Files.readString(lake.resolve("facts/part.parquet")));
        assertEquals("20250101T000000Z-aaaaaa", Files.readString(lake.resolve("CURRENT")).trim());
    }

    @Test
    void theCurrentAndThePreviousSnapshotAreKeptOlderOnesRemoved() throws Exception {
        for (String run : List.of("20250101T000000Z-aaaaaa", "20250102T000000Z-bbbbbb", "20250103T000000Z-cccccc")) {
            LakePublisher p = stage(run);
            p.promote();
            p.publish(List.of("facts"));
            p.cleanUp();
        }
        Path snapshots = lake.resolve("snapshots");
        assertFalse(Files.exists(snapshots.resolve("20250101T000000Z-aaaaaa")));
        assertTrue(Files.isDirectory(snapshots.resolve("20250102T000000Z-bbbbbb")));
        assertTrue(Files.isDirectory(snapshots.resolve("20250103T000000Z-cccccc")));
        assertEquals("20250103T000000Z-cccccc", Files.readString(lake.resolve("facts/part.parquet")));
    }
}
