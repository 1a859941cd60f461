package se.finsambench.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same settings write the same bytes; another seed writes another corpus. */
class GeneratorDeterminismTest {

    private static final GeneratorSettings SMALL = new GeneratorSettings(4, 2023, 2024, 1L);

    @Test
    void sameSeedWritesIdenticalFilesInEveryFormat(@TempDir Path a, @TempDir Path b) throws IOException {
        CorpusGenerator.generate(SMALL, a, line -> { });
        CorpusGenerator.generate(SMALL, b, line -> { });
        Map<String, byte[]> first = files(a);
        Map<String, byte[]> second = files(b);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
        assertTrue(first.keySet().stream().anyMatch(n -> n.endsWith(".pdf")), "a PDF is among the compared files");
        assertTrue(first.keySet().stream().anyMatch(n -> n.endsWith(".docx")), "a DOCX is among the compared files");
    }

    @Test
    void differentSeedWritesADifferentCorpus(@TempDir Path a, @TempDir Path b) throws IOException {
        CorpusGenerator.generate(SMALL, a, line -> { });
        CorpusGenerator.generate(new GeneratorSettings(4, 2023, 2024, 2L), b, line -> { });
        assertNotEquals(Files.readString(a.resolve("truth.csv")), Files.readString(b.resolve("truth.csv")));
    }

    @Test
    void rerunIntoTheSameFolderLeavesNoStaleReports(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(new GeneratorSettings(5, 2023, 2024, 1L), dir, line -> { });
        CorpusGenerator.generate(new GeneratorSettings(2, 2024, 2024, 1L), dir, line -> { });
        List<String> listed = Files.readAllLines(dir.resolve("documents.csv"));
        assertEquals(listed.size() - 1, files(dir).size() - 2, "reports on disk match documents.csv");
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
