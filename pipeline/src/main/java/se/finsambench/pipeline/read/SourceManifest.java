package se.finsambench.pipeline.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What an input folder's {@code sources.csv} says about its files: one row per file, found by its
 * path relative to the folder or by its bare name (column {@code file} or {@code path}), with whose it
 * is ({@code association}, {@code organisation} or {@code name}; else {@code website} or {@code url})
 * and optionally its {@code layout}. Any other columns are ignored, so a list of sources with retrieval
 * dates serves as it is.
 */
public final class SourceManifest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The manifest's file name in an input folder. */
    public static final String FILE_NAME = "sources.csv";

    private static final List<String> NAME_COLUMNS = List.of("association", "organisation", "organization", "name");
    private static final List<String> SITE_COLUMNS = List.of("website", "url");

    /** One file's row. {@code owner} and {@code website} are null when the row does not give them. */
    public record Source(String owner, String website, String layout) implements java.io.Serializable {
    }

    private final HashMap<String, Source> byPath;

    private SourceManifest(Map<String, Source> byPath) {
        this.byPath = new HashMap<>(byPath);
    }

    public static SourceManifest empty() {
        return new SourceManifest(Map.of());
    }

    /** The manifest of {@code folder}, or an empty one when the folder has none. */
    public static SourceManifest of(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    public static SourceManifest read(Reader csv) throws IOException {
        Map<String, Source> rows = new HashMap<>();
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .get().parse(csv);
        Map<String, String> columns = new HashMap<>();
        parser.getHeaderNames().forEach(h -> columns.put(h.trim().toLowerCase(Locale.ROOT), h));
        String pathColumn = columns.getOrDefault("file", columns.get("path"));
        if (pathColumn == null) {
            throw new IOException(FILE_NAME + " needs a column 'file' or 'path'");
        }
        for (CSVRecord r : parser) {
            String path = value(r, pathColumn);
            if (path == null) {
                continue;
            }
            rows.put(normalise(path), new Source(first(r, columns, NAME_COLUMNS), first(r, columns, SITE_COLUMNS),
                    value(r, columns.get("layout"))));
        }
        return new SourceManifest(rows);
    }

    /** The row for a file, by its path relative to the folder ({@code a/b.txt}) or else its name. */
    public Optional<Source> find(String relativePath) {
        String key = normalise(relativePath);
        Source exact = byPath.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int slash = key.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.ofNullable(byPath.get(key.substring(slash + 1)));
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    private static String normalise(String path) {
        String p = path.trim().replace('\\', '/');
        return p.startsWith("./") ? p.substring(2) : p;
    }

    private static String first(CSVRecord r, Map<String, String> columns, List<String> candidates) {
        for (String c : candidates) {
            String v = value(r, columns.get(c));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String value(CSVRecord r, String column) {
        if (column == null || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column).trim();
        return v.isEmpty() ? null : v;
    }
}
