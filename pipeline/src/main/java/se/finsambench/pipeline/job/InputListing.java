package se.finsambench.pipeline.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import se.finsambench.pipeline.read.SourceManifest;

/**
 * The list stage, on the driver, metadata only: every file under the input folder, recursively, without
 * reading any content. Hidden names ("." or "_" first, as Spark and Hadoop skip them) are left out.
 *
 * <p>Local folders are walked with java.nio so that links are handled on purpose: a link to a folder is
 * followed unless it leads back to the input folder or one of its parents ({@code loop -> ..}) or to a
 * folder already read, which is skipped with a notice instead of being walked forever; a link to nothing,
 * a link that loops, and pipes, sockets or devices are listed with the reason they cannot be read, so
 * they still get a {@code documents} row. Other file systems (hdfs:, s3a:) are walked with Hadoop's
 * listing, to a bounded depth.
 */
final class InputListing {

    static final int MAX_DEPTH = 200;

    /**
     * One listed file: its path as shown in the lake, where a task reads it ({@link UserPath#location}: a URI that
     * keeps every byte of the name), its size, and why it cannot be read (or null).
     */
    record Entry(String path, String location, long length, String problem) implements Serializable {
        static Entry local(java.nio.file.Path file, long length, String problem) {
            return new Entry(UserPath.shown(file), UserPath.location(file), length, problem);
        }

        static Entry hadoop(Path file, long length) {
            return new Entry(UserPath.shown(file), file.toUri().toString(), length, null);
        }
    }

    /**
     * @param folder   the input folder as the entries' paths start ("/data/in"), to tell a file's place in it
     * @param manifest the folder's {@code sources.csv} (not itself an input file), empty when it has none
     */
    record Result(List<Entry> files, List<String> notices, String folder, SourceManifest manifest) {
    }

    private final List<Entry> files = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    private InputListing() {
    }

    static Result list(Configuration conf, String input) throws IOException {
        UserPath given = UserPath.of(input);
        FileSystem fs = given.hadoop().getFileSystem(conf);
        Path root = fs.makeQualified(given.hadoop());
        if (given.isLocal() ? !Files.exists(given.local()) : !fs.exists(root)) {
            throw new FileNotFoundException("no such input folder: " + input);
        }
        InputListing listing = new InputListing();
        if (given.isLocal()) {
            listing.walkLocal(given.local());
        } else {
            listing.walkHadoop(fs, root);
        }
        String folder = given.isLocal() ? UserPath.shown(given.local()) : UserPath.shown(root);
        folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        SourceManifest manifest = listing.manifest(fs, root, folder);
        listing.files.sort(Comparator.comparing(Entry::path));
        return new Result(List.copyOf(listing.files), List.copyOf(listing.notices), folder, manifest);
    }

    /** Takes the folder's sources.csv out of the inputs and reads it; one that cannot be read is a notice. */
    private SourceManifest manifest(FileSystem fs, Path root, String folder) {
        String path = folder + "/" + SourceManifest.FILE_NAME;
        if (!files.removeIf(e -> e.path().equals(path))) {
            return SourceManifest.empty();
        }
        try (var in = fs.open(new Path(root, SourceManifest.FILE_NAME));
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            SourceManifest manifest = SourceManifest.read(reader);
            notices.add("read " + path + " (whose each file is, for files that do not say)");
            return manifest;
        } catch (IOException | RuntimeException e) {
            notices.add("could not read " + path + " (" + ExtractDocuments.describe(e) + "); files are identified by their text"
                    + " and folders only");
            return SourceManifest.empty();
        }
    }

    private void walkLocal(java.nio.file.Path root) throws IOException {
        java.nio.file.Path rootReal = root.toRealPath();
        if (!Files.isDirectory(rootReal)) { // a single file given as input
            add(root, Files.readAttributes(root, BasicFileAttributes.class));
            return;
        }
        Set<java.nio.file.Path> seen = new HashSet<>(List.of(rootReal));
        Deque<java.nio.file.Path> folders = new ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            java.nio.file.Path folder = folders.pop();
            try (DirectoryStream<java.nio.file.Path> entries = Files.newDirectoryStream(folder)) {
                for (java.nio.file.Path entry : entries) {
                    if (!isHidden(entry.getFileName().toString())) {
                        visitLocal(entry, rootReal, seen, folders);
                    }
                }
            } catch (IOException | RuntimeException e) {
                notices.add("could not list the folder " + folder + " (" + ExtractDocuments.describe(e)
                        + "); files in it were not read");
            }
        }
    }

    private void visitLocal(java.nio.file.Path entry, java.nio.file.Path rootReal, Set<java.nio.file.Path> seen,
                            Deque<java.nio.file.Path> folders) throws IOException {
        boolean link = Files.isSymbolicLink(entry);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            files.add(Entry.local(entry, 0, link ? "the file is a link to something that does not exist"
                    : "the file disappeared during the run"));
            return;
        } catch (FileSystemException e) { // e.g. "Too many levels of symbolic links"
            files.add(Entry.local(entry, 0, "the file could not be opened: " + plain(e)));
            return;
        }
        if (attrs.isDirectory()) {
            java.nio.file.Path real = entry.toRealPath();
            if (link && rootReal.startsWith(real)) {
                notices.add("skipped the folder link " + entry + " -> " + Files.readSymbolicLink(entry)
                        + ": it leads back to a folder that contains the input (a loop)");
            } else if (!seen.add(real)) {
                notices.add("skipped " + entry + ": it leads to a folder that is already being read (" + real + ")");
            } else if (entry.getNameCount() - rootReal.getNameCount() > MAX_DEPTH) {
                notices.add("skipped " + entry + ": folders nested deeper than " + MAX_DEPTH + " levels");
            } else {
                folders.push(entry);
            }
        } else {
            add(entry, attrs);
        }
    }

    private void add(java.nio.file.Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            files.add(Entry.local(file, attrs.size(), null));
        } else {
            files.add(Entry.local(file, 0, "not a regular file (a pipe, socket or device)"));
        }
    }

    private void walkHadoop(FileSystem fs, Path root) throws IOException {
        FileStatus top = fs.getFileStatus(root);
        if (!top.isDirectory()) {
            files.add(Entry.hadoop(root, top.getLen()));
            return;
        }
        Deque<FileStatus> folders = new ArrayDeque<>(List.of(top));
        Deque<Integer> depths = new ArrayDeque<>(List.of(0));
        while (!folders.isEmpty()) {
            FileStatus folder = folders.pop();
            int depth = depths.pop();
            FileStatus[] children;
            try {
                children = fs.listStatus(folder.getPath());
            } catch (IOException e) {
                notices.add("could not list the folder " + folder.getPath() + " (" + ExtractDocuments.describe(e)
                        + "); files in it were not read");
                continue;
            }
            for (FileStatus child : children) {
                if (isHidden(child.getPath().getName())) {
                    continue;
                }
                if (!child.isDirectory()) {
                    files.add(Entry.hadoop(child.getPath(), child.getLen()));
                } else if (depth >= MAX_DEPTH) {
                    notices.add("skipped " + child.getPath() + ": folders nested deeper than " + MAX_DEPTH + " levels");
                } else {
                    folders.push(child);
                    depths.push(depth + 1);
                }
            }
        }
    }

    static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static String plain(FileSystemException e) {
        String reason = e.getReason();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        return reason.contains("symbolic links") ? "it is a link that leads round in a circle" : reason;
    }
}
