package se.finsambench.pipeline.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * The read step of one listed file, inside a task: its bytes, at most the size limit, or the plain reason
 * it cannot be read. The file is looked at again when it is read, because files are moved, replaced and
 * re-sent while a run goes on: a file gone since the listing, a folder where the file was, or a pipe are
 * refused without blocking, and a file that grew past the limit is refused without being loaded. No read
 * ever holds more than {@code limit + 1} bytes; a too large file is hashed as a stream, so even it gets its
 * content hash as {@code doc_id}.
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

    static Read read(String path, long limit, Configuration conf) {
        try {
            return InputListing.isLocal(path) ? readLocal(java.nio.file.Path.of(path), limit)
                    : readHadoop(new org.apache.hadoop.fs.Path(path), limit, conf);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return Read.refused(pathId(path), 0, DISAPPEARED);
        } catch (AccessDeniedException e) {
            return Read.refused(pathId(path), 0, "the file could not be read: permission denied");
        } catch (IOException | RuntimeException e) {
            return Read.refused(pathId(path), 0, "the file could not be read: " + ExtractDocuments.describe(e));
        }
    }

    private static Read readLocal(java.nio.file.Path file, long limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            return Read.refused(pathId(file.toString()), 0, "the file was replaced by a folder during the run");
        }
        if (!attrs.isRegularFile()) {
            return Read.refused(pathId(file.toString()), 0, "not a regular file (a pipe, socket or device)");
        }
        if (attrs.size() > limit) {
            return tooLarge(Files.newInputStream(file), attrs.size(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bounded(in, limit, () -> Files.newInputStream(file));
        }
    }

    private static Read readHadoop(org.apache.hadoop.fs.Path file, long limit, Configuration conf) throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(file);
        if (status.isDirectory()) {
            return Read.refused(pathId(file.toString()), 0, "the file was replaced by a folder during the run");
        }
        if (status.getLen() > limit) {
            return tooLarge(fs.open(file), status.getLen(), limit);
        }
        try (InputStream in = fs.open(file)) {
            return bounded(in, limit, () -> fs.open(file));
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Reads at most limit + 1 bytes; one more than the limit means the file grew past it since the listing. */
    private static Read bounded(InputStream in, long limit, Opener again) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > limit) {
            return tooLarge(again.open(), -1, limit);
        }
        return new Read(ExtractDocuments.sha256(bytes), bytes, bytes.length, null);
    }

    private static Read tooLarge(InputStream stream, long size, long limit) throws IOException {
        MessageDigest md = ExtractDocuments.digest();
        long total = 0;
        try (InputStream in = stream) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
                total += n;
            }
        }
        long shown = size >= 0 ? size : total;
        return Read.refused(HexFormat.of().formatHex(md.digest()), shown, "file too large (" + shown
                + " bytes; the limit is " + describeSize(limit) + ", set by --max-file-size); it was not read");
    }

    /** A stand-in doc_id for a file whose bytes could not be read: the hash of its path. */
    static String pathId(String path) {
        return "unread:" + ExtractDocuments.sha256(path.getBytes(StandardCharsets.UTF_8));
    }

    static String describeSize(long bytes) {
        long mib = 1L << 20;
        if (bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
