package se.finsambench.webapp.lake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * What LAKE/CURRENT said when it was read: the run id and the file's modification time. Both are kept
 * because a republish of the same run id (a repeated ingest) must still be noticed.
 */
record CurrentPointer(String runId, FileTime modified) {

    static CurrentPointer read(Path lakeDir) {
        Path file = lakeDir.resolve("CURRENT");
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            String runId = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (runId.isEmpty()) {
                throw new LakeException(file + " is empty: the lake has no published run");
            }
            return new CurrentPointer(runId, modified);
        } catch (NoSuchFileException e) {
            throw new LakeException(file + " does not exist: is " + lakeDir + " a lake written by `finsambench ingest`?", e);
        } catch (IOException e) {
            throw new LakeException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
