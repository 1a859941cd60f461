package se.finsambench.pipeline.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Test support: the office-exported PDF fixtures of {@code src/test/resources/officepdf/}, made by
 * {@code src/test/officepdf/make-fixtures.py} (seed texts and a generated sample as Word documents with real
 * tables, exported to PDF by LibreOffice in several house styles, and one scanned-looking PDF).
 */
public final class OfficePdfFixtures {

    /**
     * @param file   path under the fixture folder, e.g. {@code seeds/000_….a4-sans-grid.pdf}
     * @param source the text document it was made from (a seed in {@code shared/corpus/seeds}, or
     *               {@code generated/<source>} here)
     * @param style  the house style ({@code a4-sans-grid}, {@code narrow-sans}, …, {@code scan})
     * @param kind   {@code seed}, {@code generated} or {@code scanned}
     */
    public record Fixture(String file, String source, String style, String kind) {
        public Path path() {
            return dir().resolve(file);
        }

        public String fileName() {
            return path().getFileName().toString();
        }
    }

    private OfficePdfFixtures() {
    }

    public static Path dir() {
        try {
            return Path.of(OfficePdfFixtures.class.getResource("/officepdf/manifest.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Fixture> all() {
        try (var in = Files.newBufferedReader(dir().resolve("manifest.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(OfficePdfFixtures::fixture).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Fixture> ofKind(String kind) {
        return all().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The generator's truth rows for the generated and scanned fixtures, file column naming the fixture. */
    public static Path generatedTruth() {
        return dir().resolve("generated/truth.csv");
    }

    private static Fixture fixture(CSVRecord r) {
        return new Fixture(r.get("fixture"), r.get("source"), r.get("style"), r.get("kind"));
    }
}
