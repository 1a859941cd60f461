package se.finsambench.pipeline.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The lake's layout and its atomic publish (see README, "The lake"):
 * <pre>
 * LAKE/CURRENT                       run id of the published snapshot (replaced atomically)
 * LAKE/snapshots/&lt;runId&gt;/&lt;table&gt;/   Parquet of one run; the current one and the previous one are kept
 * LAKE/current -> snapshots/&lt;runId&gt;   local lakes only: symlink swapped atomically
 * LAKE/&lt;table&gt; -> current/&lt;table&gt;     local lakes only: fixed symlinks, so each table is a folder under the root
 * LAKE/finsam.duckdb                 views over the current snapshot (local lakes only)
 * LAKE/_runs/&lt;runId&gt;.json            run manifests
 * </pre>
 * A run writes to {@code LAKE/.staging-<runId>}, renames it to {@code snapshots/<runId>} when complete, then
 * replaces CURRENT. Until then readers see the previous snapshot, whole. On object stores (s3a:) renames are
 * copies and the CURRENT swap is best-effort.
 */
final class LakePublisher {

    static final String CURRENT = "CURRENT";
    private static final long STALE_STAGING_MS = 6L * 3600 * 1000;
    private static final List<String> LEFTOVER_PREFIXES =
            List.of(".staging-", ".CURRENT-", ".current-", ".finsam.duckdb-");

    private final Configuration conf;
    private final FileSystem fs;
    private final Path root;
    private final String runId;

    LakePublisher(Configuration conf, String lake, String runId) throws IOException {
        this.conf = conf;
        Path given = UserPath.of(lake).hadoop();
        this.fs = given.getFileSystem(conf);
        this.root = fs.makeQualified(given);
        this.runId = runId;
        fs.mkdirs(root);
    }

    boolean isLocal() {
        return "file".equals(root.toUri().getScheme());
    }

    Path root() {
        return root;
    }

    Path staging() {
        return new Path(root, ".staging-" + runId);
    }

    Path snapshot() {
        return new Path(root, "snapshots/" + runId);
    }

    String stagedTable(String table) {
        return new Path(staging(), table).toString();
    }

    /** Moves the complete staging folder to snapshots/&lt;runId&gt; (still invisible to readers). */
    void promote() throws IOException {
        fs.mkdirs(new Path(root, "snapshots"));
        if (!fs.rename(staging(), snapshot())) {
            throw new IOException("could not move " + staging() + " to " + snapshot());
        }
    }

    /** Makes the snapshot the current lake: CURRENT pointer, and on local lakes the current symlink. */
    void publish(List<String> tables) throws IOException {
        Path tmp = new Path(root, ".CURRENT-" + runId);
        byte[] pointer = (runId + "\n").getBytes(StandardCharsets.UTF_8);
        if (isLocal()) {
            Files.write(UserPath.local(tmp), pointer);
            atomicMove(UserPath.local(tmp), UserPath.local(new Path(root, CURRENT)));
            java.nio.file.Path dir = UserPath.local(root);
            java.nio.file.Path link = dir.resolve(".current-" + runId);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, java.nio.file.Path.of("snapshots", runId));
            atomicMove(link, dir.resolve("current"));
            for (String table : tables) {
                java.nio.file.Path t = dir.resolve(table);
                if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(t, java.nio.file.Path.of("current", table));
                }
            }
        } else {
            try (OutputStream out = fs.create(tmp, true)) {
                out.write(pointer);
            }
            FileContext.getFileContext(root.toUri(), conf).rename(tmp, new Path(root, CURRENT), Options.Rename.OVERWRITE);
        }
    }

    static void atomicMove(java.nio.file.Path from, java.nio.file.Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void writeManifest(byte[] json) throws IOException {
        for (Path dir : List.of(new Path(snapshot(), "_runs"), new Path(root, "_runs"))) {
            try (OutputStream out = fs.create(new Path(dir, runId + ".json"), true)) {
                out.write(json);
            }
        }
    }

    /** The lake's ingest lock; closing it lets the next run in. */
    interface Lock extends AutoCloseable {
        /** What an interrupted earlier run left behind and this run removed. */
        List<String> removedLeftovers();

        @Override
        default void close() throws IOException {
        }
    }

    /**
     * Takes the lake's ingest lock ({@code LAKE/.ingest.lock}, local lakes): one ingest at a time per lake.
     * The operating system frees the lock when its process ends in any way, even killed with SIGKILL, so a
     * run that gets the lock knows that no other run is writing, and removes what a killed run left: staging
     * folders, temporary pointer files, and snapshots promoted but never published (newer than CURRENT).
     * Other file systems have no such lock; there stale staging folders go after some hours ({@link #cleanUp}).
     */
    Lock lock() throws IOException {
        if (!isLocal()) {
            return List::of;
        }
        FileChannel channel = FileChannel.open(UserPath.local(root).resolve(".ingest.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        } catch (IOException e) { // a file system without locks (some network mounts): no lock, no clean-up
            channel.close();
            return List::of;
        }
        if (held == null) {
            channel.close();
            throw new IOException("another ingest is running on the lake " + UserPath.local(root) + " (one at a time per lake)");
        }
        List<String> removed = removeLeftovers();
        FileLock lock = held;
        return new Lock() {
            @Override
            public List<String> removedLeftovers() {
                return removed;
            }

            @Override
            public void close() throws IOException {
                lock.release();
                channel.close();
            }
        };
    }

    private List<String> removeLeftovers() throws IOException {
        List<String> removed = new ArrayList<>();
        for (FileStatus s : fs.listStatus(root)) {
            String name = s.getPath().getName();
            if (LEFTOVER_PREFIXES.stream().anyMatch(name::startsWith)) {
                java.nio.file.Path p = UserPath.local(s.getPath());
                if (Files.isSymbolicLink(p)) {
                    Files.delete(p);
                } else {
                    fs.delete(s.getPath(), true);
                }
                removed.add(name);
            }
        }
        Path current = new Path(root, CURRENT);
        Path snapshots = new Path(root, "snapshots");
        if (fs.exists(current) && fs.exists(snapshots)) {
            String published = new String(Files.readAllBytes(UserPath.local(current)), StandardCharsets.UTF_8).strip();
            for (FileStatus s : fs.listStatus(snapshots)) {
                if (s.getPath().getName().compareTo(published) > 0) { // promoted, never published
                    fs.delete(s.getPath(), true);
                    removed.add("snapshots/" + s.getPath().getName());
                }
            }
        }
        return removed;
    }

    /** Keeps the current snapshot and the newest older one; removes the rest and stale staging folders. */
    List<String> cleanUp() throws IOException {
        List<String> removed = new ArrayList<>();
        Path snapshots = new Path(root, "snapshots");
        List<String> older = Arrays.stream(fs.listStatus(snapshots)).map(s -> s.getPath().getName())
                .filter(name -> name.compareTo(runId) < 0).sorted(Comparator.reverseOrder()).toList();
        for (String name : older.subList(Math.min(1, older.size()), older.size())) {
            fs.delete(new Path(snapshots, name), true);
            removed.add(name);
        }
        long now = System.currentTimeMillis();
        for (FileStatus s : fs.listStatus(root)) {
            String name = s.getPath().getName();
            if (name.startsWith(".staging-") && now - s.getModificationTime() > STALE_STAGING_MS) {
                fs.delete(s.getPath(), true);
                removed.add(name);
            }
        }
        return removed;
    }
}
