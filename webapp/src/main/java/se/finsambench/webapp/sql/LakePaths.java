package se.finsambench.webapp.sql;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our own answer to "does this path in an analyst's SQL stay in the lake?", independent of DuckDB's
 * {@code allowed_directories} (which compares path strings: DuckDB 1.4.1 counted each "./" as a folder level,
 * and a link inside the lake that leads out still matches the lake's prefix). A path is resolved as the
 * operating system would open it: relative to the working folder, "~" as the home folder, {@code file:} URLs
 * as their path, "." and ".." one segment at a time with every link followed. A glob pattern is expanded
 * generously (each wildcard segment as every entry) and every entry it could reach must lie in the lake too.
 * Anything else — other URL schemes, backslashes, control characters, ".." after a wildcard — is refused.
 */
final class LakePaths {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    /** Entries a pattern may make us look at before we give up and refuse it. */
    private static final int MAX_ENTRIES = 100_000;

    private final Path lake;

    LakePaths(Path lake) {
        this.lake = lake;
    }

    /** Throws a refusal unless every file {@code text} can name lies inside the lake's folder. */
    void check(String text) {
        Path root;
        try {
            root = lake.toRealPath();
        } catch (IOException e) {
            throw refused(text, "sjöns mapp kan inte läsas just nu");
        }
        String path = plainPath(text);
        String[] segments = path.split("/", -1);
        Path current = Path.of("/");
        boolean exists = true;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (isGlob(s)) {
                expand(text, root, current, List.of(segments).subList(i, segments.length), new Counter());
                return;
            }
            if (s.equals("..")) {
                if (!exists) {
                    throw refused(text, "\"..\" efter en mapp som inte finns");
                }
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(s);
            if (exists && Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                next = real(text, next);
            } else {
                exists = false;
            }
            current = next;
        }
        if (!current.startsWith(root)) {
            throw refused(text, "den leder till " + current);
        }
    }

    /** The text as a local absolute path, or a refusal for what it cannot be. */
    static String plainPath(String text) {
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '{' || c == '}') {
                throw refused(text, "den innehåller tecken som inte hör hemma i en sökväg här (\\, { } eller styrtecken)");
            }
        }
        String p = text;
        if (p.toLowerCase(Locale.ROOT).startsWith("file:")) {
            String rest = p.substring(5);
            if (rest.contains("%")) {
                throw refused(text, "file:-adresser med %-koder tas inte emot");
            }
            if (rest.startsWith("//localhost/")) {
                rest = rest.substring("//localhost".length());
            } else if (rest.startsWith("//")) {
                rest = rest.substring(2);
                if (!rest.startsWith("/")) {
                    throw refused(text, "file:-adresser till andra datorer tas inte emot");
                }
            }
            if (!rest.startsWith("/")) {
                throw refused(text, "en file:-adress måste ange en hel sökväg");
            }
            p = rest;
        } else if (SCHEME.matcher(p).matches()) {
            throw refused(text, "adresser på nätet och andra filsystem är avstängda");
        }
        if (p.equals("~") || p.startsWith("~/")) {
            String home = System.getenv("HOME") != null ? System.getenv("HOME") : System.getProperty("user.home");
            p = home + p.substring(1);
        } else if (p.startsWith("~")) {
            throw refused(text, "andra användares hemmappar går inte att nå");
        }
        if (!p.startsWith("/")) {
            p = Path.of(System.getProperty("user.dir")).toAbsolutePath() + "/" + p;
        }
        return p;
    }

    static boolean isGlob(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
    }

    /** Every entry the rest of a pattern could match under {@code dir} (a real path) must lie in the lake. */
    private void expand(String text, Path root, Path dir, List<String> rest, Counter seen) {
        if (!dir.startsWith(root)) {
            throw refused(text, "mönstret börjar i " + dir);
        }
        if (rest.isEmpty()) {
            return;
        }
        String s = rest.get(0);
        List<String> tail = rest.subList(1, rest.size());
        if (s.isEmpty() || s.equals(".")) {
            expand(text, root, dir, tail, seen);
        } else if (s.equals("..")) {
            throw refused(text, "\"..\" efter ett jokertecken");
        } else if (s.contains("**")) {
            if (tail.contains("..")) {
                throw refused(text, "\"..\" efter ett jokertecken");
            }
            expandDeep(text, root, dir, tail, seen, new HashSet<>());
        } else if (isGlob(s)) {
            if (Files.isDirectory(dir)) {
                for (Path child : children(text, dir, seen)) {
                    expand(text, root, real(text, child), tail, seen);
                }
            }
        } else {
            Path child = dir.resolve(s);
            if (Files.exists(child, LinkOption.NOFOLLOW_LINKS)) {
                expand(text, root, real(text, child), tail, seen);
            }
        }
    }

    /** "**": this folder and every folder below it (links followed, each real folder once), then the rest. */
    private void expandDeep(String text, Path root, Path dir, List<String> rest, Counter seen, Set<Path> visited) {
        if (!dir.startsWith(root)) {
            throw refused(text, "mönstret når " + dir);
        }
        if (!visited.add(dir)) {
            return;
        }
        expand(text, root, dir, rest, seen);
        if (Files.isDirectory(dir)) {
            for (Path child : children(text, dir, seen)) {
                expandDeep(text, root, real(text, child), rest, seen, visited);
            }
        }
    }

    private static List<Path> children(String text, Path dir, Counter seen) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            List<Path> out = new java.util.ArrayList<>();
            for (Path p : entries) {
                if (++seen.n > MAX_ENTRIES) {
                    throw refused(text, "mönstret når fler än " + MAX_ENTRIES + " filer");
                }
                out.add(p);
            }
            return out;
        } catch (IOException e) {
            throw refused(text, dir + " kan inte listas");
        }
    }

    private static Path real(String text, Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw refused(text, p + " är en länk som inte leder någonstans eller kan inte läsas");
        }
    }

    private static final class Counter {
        int n;
    }

    static SqlError refused(String text, String why) {
        return new SqlError(SqlError.Kind.REFUSED, "Sökvägen '" + text + "' ligger inte i sjöns mapp (" + why
                + "). Bara filer i sjöns mapp går att läsa; sjöns vyer (facts, documents …) når allt i den.");
    }
}
