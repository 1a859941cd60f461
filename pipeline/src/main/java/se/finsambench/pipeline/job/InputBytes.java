package se.finsambench.pipeline.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import se.finsambench.pipeline.read.ReadBudget;

/**
 * The read step of one listed file, inside a task: its bytes, at most the size limit, or the plain reason
 * it cannot be read. The file is looked at again when it is read, because files are moved, replaced and
 * re-sent while a run goes on: a file gone since the listing, a folder where the file was, or a pipe are
 * refused without blocking, and a file that grew past the limit is refused without being loaded. No read
 * ever holds more than {@code limit + 1} bytes, and a too large file is refused by its length alone, never read
 * (hashing a 20 GB file would take minutes), so its {@code doc_id} is the stand-in of a file not read.
 */
final class InputBytes {

    static final String DISAPPEARED = "the file disappeared during the run";

    private InputBytes() {
    }

    /** The content (when {@code problem} is null) and the doc_id of one file. */
    record Read(String docId, byte[] bytes, long size, String problem) {
        static Read refused(String docId, long size, String problem) {
            return new Read(docId, null, size, problem);
        }
    }

    /** @param location where the file is, as listed ({@link UserPath#location}, a URI) */
    static Read read(String location, long limit, Configuration conf) {
        try {
            URI uri = URI.create(location);
            return "file".equals(uri.getScheme()) ? readLocal(location, java.nio.file.Path.of(uri), limit)
                    : readHadoop(location, new org.apache.hadoop.fs.Path(uri), limit, conf);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Read.refused(pathId(location), 0, DISAPPEARED);
        } catch (AccessDeniedException e) {
            return Read.refused(pathId(location), 0, "the file could not be read: permission denied");
        } catch (IOException | RuntimeException e) {
            return Read.refused(pathId(location), 0, "the file could not be read: " + ExtractDocuments.describe(e));
        }
    }

    private static Read readLocal(String location, java.nio.file.Path file, long limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            return Read.refused(pathId(location), 0, "the file was replaced by a folder during the run");
        }
        if (!attrs.isRegularFile()) {
            return Read.refused(pathId(location), 0, "not a regular file (a pipe, socket or device)");
        }
        if (attrs.size() > limit) {
            return tooLarge(location, attrs.size(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(location, in, limit);
        }
    }

    private static Read readHadoop(String location, org.apache.hadoop.fs.Path file, long limit, Configuration conf)
            throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(file);
        if (status.isDirectory()) {
            return Read.refused(pathId(location), 0, "the file was replaced by a folder during the run");
        }
        if (status.getLen() > limit) {
            return tooLarge(location, status.getLen(), limit);
        }
        try (InputStream in = fs.open(file)) {
            return bounded(location, in, limit);
        }
    }

    /** Reads at most limit + 1 bytes; one more than the limit means the file grew past it since the listing. */
    private static Read bounded(String location, InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            return tooLarge(location, -1, limit);
        }
        return new Read(ExtractDocuments.sha256(bytes), bytes, bytes.length, null);
    }

    /** @param size the file's length, or -1 when it grew past the limit while it was read */
    private static Read tooLarge(String location, long size, long limit) {
        String length = size >= 0 ? size + " bytes" : "more than " + limit + " bytes";
        return Read.refused(pathId(location), Math.max(size, limit + 1), "file too large (" + length
                + "; the limit is " + ReadBudget.describe(limit) + ", set by --max-file-size); it was not read");
    }

    /** A stand-in doc_id for a file whose bytes were not read: the hash of its path (the bytes of its name). */
    static String pathId(String location) {
        return "unread:" + ExtractDocuments.sha256(UserPath.bytes(location));
    }
}
