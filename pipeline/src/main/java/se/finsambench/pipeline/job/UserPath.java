package se.finsambench.pipeline.job;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one way a path a person gave ({@code --input}, {@code --lake}) or a path found on disk is handed to
 * java.nio, Hadoop, Spark and DuckDB, always as the name it is and never as a pattern: folders are called
 * "Rapporter [2023] *ö {a,b} ?", "-utkast" or "Styrelsens 'protokoll'".
 *
 * <p>A text of the form {@code scheme:/…} (hdfs:, s3a:, file:) is a URI; anything else is a local path, relative
 * to the working directory. Local paths go to Hadoop as the URI java.nio makes of them, in which every byte of a
 * name that is not plain ASCII is escaped, so a name that is not valid UTF-8 keeps its bytes, and a name with
 * "%", "#" or ":" is not read as URI syntax. Spark's file readers expand glob patterns in their paths, so paths
 * given to them are escaped ({@link #forSparkReader}); DuckDB expands patterns too, so views list their files
 * ({@link #duckDbFileList}).
 */
public final class UserPath {

    private static final Pattern URI_FORM = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/.*", Pattern.DOTALL);
    /** Hadoop's glob syntax ({@code org.apache.hadoop.fs.GlobPattern}); a backslash makes the next one literal. */
    private static final String GLOB_SYNTAX = "\\[]{}*?";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String given;
    private final java.nio.file.Path local;
    private final org.apache.hadoop.fs.Path hadoop;

    private UserPath(String given, java.nio.file.Path local, org.apache.hadoop.fs.Path hadoop) {
        this.given = given;
        this.local = local;
        this.hadoop = hadoop;
    }

    /** @throws IllegalArgumentException for an empty text, or a name this JVM cannot represent (see message) */
    public static UserPath of(String given) {
        if (given == null || given.isEmpty()) {
            throw new IllegalArgumentException("the path is empty");
        }
        if (URI_FORM.matcher(given).matches()) {
            org.apache.hadoop.fs.Path uri = new org.apache.hadoop.fs.Path(given);
            if (!"file".equals(uri.toUri().getScheme())) {
                return new UserPath(given, null, uri);
            }
            given = uri.toUri().getPath();
        }
        java.nio.file.Path local;
        try {
            local = java.nio.file.Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the path " + given + " cannot be used: " + e.getReason()
                    + " (file names need a UTF-8 locale: set LANG=C.UTF-8, as the finsambench launcher does)", e);
        }
        return new UserPath(given, local, hadoop(local));
    }

    public boolean isLocal() {
        return local != null;
    }

    /** The local path, absolute and normalised; only for {@link #isLocal()} paths. */
    public java.nio.file.Path local() {
        if (local == null) {
            throw new IllegalStateException(given + " is not a local path");
        }
        return local;
    }

    public org.apache.hadoop.fs.Path hadoop() {
        return hadoop;
    }

    @Override
    public String toString() {
        return local != null ? local.toString() : given;
    }

    /** A local path as a Hadoop path, through its URI (every byte of the name kept, none read as syntax). */
    static org.apache.hadoop.fs.Path hadoop(java.nio.file.Path local) {
        String uri = local.toAbsolutePath().toUri().toString();
        // java.nio ends the URI of an existing folder with "/", which Hadoop would then show in every path.
        return new org.apache.hadoop.fs.Path(URI.create(uri.endsWith("/") && uri.length() > "file:///".length()
                ? uri.substring(0, uri.length() - 1) : uri));
    }

    /**
     * A file: Hadoop path as a local path. Through the URI when its escapes are all there (so bytes that are
     * not UTF-8 survive); Hadoop leaves characters such as "ö" unescaped in paths it joins, then by the decoded text.
     */
    static java.nio.file.Path local(org.apache.hadoop.fs.Path hadoop) {
        URI uri = hadoop.toUri();
        if ("file".equals(uri.getScheme()) && uri.getRawPath().chars().allMatch(c -> c < 0x80)) {
            return java.nio.file.Path.of(uri);
        }
        return java.nio.file.Path.of(uri.getPath());
    }

    /** A file found on disk as the text that stands for it in a task: its URI, all bytes of the name kept. */
    static String location(java.nio.file.Path local) {
        return local.toAbsolutePath().toUri().toString();
    }

    /**
     * A file found on disk as the text people see ({@code source_path}): each name's bytes as UTF-8, or, for a
     * name that is not UTF-8 (copied from an old Windows share or ZIP), as Windows-1252, which such names are.
     * Decoded here, not by the JVM, so it does not depend on the locale's encoding either.
     */
    static String shown(java.nio.file.Path local) {
        byte[] bytes = bytes(location(local));
        StringBuilder out = new StringBuilder(bytes.length);
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '/') {
                out.append(name(ByteBuffer.wrap(bytes, start, i - start)));
                if (i < bytes.length) {
                    out.append('/');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String name(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
        } catch (CharacterCodingException e) {
            return WINDOWS_1252.decode(bytes).toString();
        }
    }

    /** A file on another file system (hdfs:, s3a:) as people see it: its full URI, decoded. */
    static String shown(org.apache.hadoop.fs.Path remote) {
        return remote.toString();
    }

    /** The bytes of the path a location stands for: a file: URI's unescaped path, else the text's UTF-8. */
    static byte[] bytes(String location) {
        if (!location.startsWith("file:")) {
            return location.getBytes(StandardCharsets.UTF_8);
        }
        String raw = URI.create(location).getRawPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** A path for Spark's readers ({@code spark.read().parquet(…)}), which would expand "[1]", "*", "{a,b}" in it. */
    static String forSparkReader(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GLOB_SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Files as a DuckDB list literal for {@code read_parquet([…])}: an existing file named in full is never a pattern. */
    static String duckDbFileList(List<java.nio.file.Path> files) {
        return files.stream().map(f -> sqlString(f.toAbsolutePath().toString()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String sqlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
