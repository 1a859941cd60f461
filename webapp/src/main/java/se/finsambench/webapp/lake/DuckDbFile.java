package se.finsambench.webapp.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DuckDB database file under a path DuckDB takes as it is. DuckDB reads "?" in a database path as the start of
 * options (the write-ahead log of "lake ?.duckdb" would go to "lake .wal?.duckdb") and its JDBC driver reads ";" in
 * the URL as the start of settings, and a lake may be called "Rapporter [2023] ?". Such a file is opened through a
 * link with a plain name in a private temporary folder, removed on {@link #close()}. Writers through a link
 * checkpoint after each change ({@link #linked()}): the log lives beside the link, not beside the file.
 */
public final class DuckDbFile implements AutoCloseable {

    private final Path file;
    private final Path link;

    private DuckDbFile(Path file, Path link) {
        this.file = file;
        this.link = link;
    }

    public static DuckDbFile of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.indexOf('?') < 0 && text.indexOf(';') < 0) {
            return new DuckDbFile(absolute, null);
        }
        Path folder = Files.createTempDirectory("finsam-duckdb-");
        return new DuckDbFile(absolute, Files.createSymbolicLink(folder.resolve("database.duckdb"), absolute));
    }

    /** The file as named by the user. */
    public Path file() {
        return file;
    }

    public String jdbcUrl() {
        return "jdbc:duckdb:" + (link != null ? link : file);
    }

    /** Whether DuckDB sees the file through a link (so its write-ahead log is not beside the file). */
    public boolean linked() {
        return link != null;
    }

    @Override
    public void close() {
        if (link == null) {
            return;
        }
        try {
            Files.deleteIfExists(link.resolveSibling(link.getFileName() + ".wal"));
            Files.deleteIfExists(link);
            Files.deleteIfExists(link.getParent());
        } catch (IOException e) {
            // A leftover link in the temporary folder is harmless; the OS cleans that folder.
        }
    }
}
