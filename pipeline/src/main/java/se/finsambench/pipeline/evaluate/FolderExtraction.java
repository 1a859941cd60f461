package se.finsambench.pipeline.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.IdentityFallback;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.SourceManifest;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * Every readable report under a folder, extracted, keyed by its path relative to the folder ("a/b.txt"),
 * identified as ingest identifies it ({@link IdentityFallback}: its text, the folder's {@code sources.csv},
 * its folder). Hidden files and {@code sources.csv} are not reports; a file that cannot be read is passed
 * to {@code skipped} with the reason and left out.
 */
public final class FolderExtraction {

    private FolderExtraction() {
    }

    public static Map<String, ExtractionResult> extract(Path folder, ReportExtractor extractor, Consumer<String> skipped)
            throws IOException {
        DocumentReader reader = new DocumentReader();
        SourceManifest manifest = SourceManifest.of(folder);
        Map<String, ExtractionResult> results = new TreeMap<>();
        for (Path file : files(folder)) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            try {
                results.put(relative, IdentityFallback.resolve(extractor.extract(reader.read(file)), relative, manifest));
            } catch (UnreadableDocumentException e) {
                skipped.accept(relative + ": " + e.reason());
            }
        }
        return results;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !folder.relativize(p).toString().equals(SourceManifest.FILE_NAME))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
