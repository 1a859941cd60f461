package se.finsambench.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The data files the extractor reads from its classpath: the vocabulary beside {@code lexicon/concepts.tsv}
 * and the bundled reference lists. They are read through {@link #text} only, so every file that changes
 * what is extracted is in {@link #RESOURCES} and in {@link #fingerprint()}: a cache keyed by it notices an
 * edited word list as it notices a new extractor version.
 */
public final class BundledData {

    /** Every resource {@link #text} may open, in a fixed order (the fingerprint depends on it). */
    public static final List<String> RESOURCES = List.of(
            "/lexicon/concepts.tsv",
            "/lexicon/bodies.tsv",
            "/lexicon/sections.tsv",
            "/lexicon/scenarios.tsv",
            "/lexicon/administration.tsv",
            "/lexicon/wrap-connectors.txt",
            "/lexicon/report-words.txt",
            "/reference/municipalities.csv");

    private static final String FINGERPRINT = fingerprintOf(RESOURCES, BundledData::text);

    private BundledData() {
    }

    /** A bundled file's text (UTF-8). */
    static String text(String resource) {
        if (!RESOURCES.contains(resource)) {
            throw new IllegalArgumentException(resource + " is not listed in BundledData.RESOURCES (so it would not be in the cache key)");
        }
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1) + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled word list's lines: comments ("#") and blank lines left out, each split at tabs. */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : text(resource).split("\\r?\\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    /** The first 12 hex digits of the SHA-256 of every bundled file (name and bytes), in {@link #RESOURCES} order. */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    static String fingerprintOf(List<String> resources, Function<String, String> text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : resources) {
                sha.update(resource.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] bytes = text.apply(resource).getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
