package se.finsambench.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import se.finsambench.pipeline.generate.CorpusGenerator;
import se.finsambench.pipeline.generate.GeneratorSettings;

/**
 * Generated corpora of a given size for the benchmarks, made once and kept in the work folder. A corpus of
 * about N documents is made of shards of 75 associations over 20 years (about 5,800 documents each, a national
 * 20-year archive), each with its own seed, and a last, smaller shard; shards are subfolders of one input folder.
 */
public final class GeneratedCorpora {

    static final int SHARD_ASSOCIATIONS = 75;
    static final int FROM_YEAR = 2005;
    static final int TO_YEAR = 2024;
    /** Documents one association writes in a year: an annual report, an interim report and a few minutes. */
    static final double DOCUMENTS_PER_ASSOCIATION_YEAR = 3.88;

    private GeneratedCorpora() {
    }

    /** The reports folder of a corpus of about {@code documents} files, generated on first use. */
    public static Path reports(BenchSettings settings, int documents) throws IOException {
        Path corpus = settings.work().resolve("corpus-" + documents);
        Path reports = corpus.resolve(CorpusGenerator.REPORTS);
        if (Files.exists(corpus.resolve(".complete"))) {
            return reports;
        }
        settings.progress().println("bench: generating a corpus of about " + documents + " documents in " + corpus);
        deleteRecursively(corpus);
        Files.createDirectories(reports);
        int years = TO_YEAR - FROM_YEAR + 1;
        int associationsLeft = (int) Math.ceil(documents / (DOCUMENTS_PER_ASSOCIATION_YEAR * years));
        for (int shard = 0; associationsLeft > 0; shard++) {
            int associations = Math.min(SHARD_ASSOCIATIONS, associationsLeft);
            associationsLeft -= associations;
            GeneratorSettings gs = new GeneratorSettings(associations, FROM_YEAR, TO_YEAR, 1000L + shard);
            Path shardFolder = corpus.resolve("shard-" + shard);
            CorpusGenerator.generate(gs, shardFolder, line -> { });
            Files.move(shardFolder.resolve(CorpusGenerator.REPORTS), reports.resolve("shard-" + shard));
        }
        Files.createFile(corpus.resolve(".complete"));
        return reports;
    }

    /** Number and total size of the files under a folder. */
    public static long[] countAndBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long[] r = new long[2];
            files.filter(Files::isRegularFile).forEach(f -> {
                r[0]++;
                r[1] += f.toFile().length();
            });
            return r;
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
