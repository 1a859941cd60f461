package se.finsambench.pipeline.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.generate.CorpusGenerator;
import se.finsambench.pipeline.generate.GeneratorSettings;
import se.finsambench.pipeline.read.DocumentReader;
import se.finsambench.pipeline.read.TextDocument;
import se.finsambench.pipeline.read.UnreadableDocumentException;

/**
 * Every fact of the seeds (as text and with tabs turned to spaces), the real-world pages, the seeds as text
 * tools give them (src/test/resources/pdftext) and a small generated corpus, one sorted line each, written to
 * {@code -Dfinsam.dump=FILE}: refactorings of the extractor are checked by diffing two dumps
 * ({@code mvn -pl pipeline test -Dtest=FactDump -Dfinsam.dump=/tmp/a.txt}). With {@code -Dfinsam.dump.corpus=DIR}
 * every report under DIR (say the default corpus of {@code ./finsambench generate}) is dumped as well.
 */
class FactDump {

    @Test
    @EnabledIfSystemProperty(named = "finsam.dump", matches = ".+")
    void dump(@org.junit.jupiter.api.io.TempDir Path generated) throws Exception {
        ReportExtractor extractor = ReportExtractor.withDefaults();
        List<String> lines = new ArrayList<>();
        try (var seeds = Files.list(SeedAcceptanceTest.shared().resolve("corpus/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                TextDocument doc = SeedAcceptanceTest.seed(seed);
                add(lines, "seed", doc, extractor, line -> line);
                add(lines, "seed-spaces", doc, extractor, line -> line.replace("\t", "    "));
            }
        }
        DocumentReader reader = new DocumentReader();
        try (var pages = Files.list(RealWorldCorpusTest.CORPUS.resolve("pages"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                add(lines, "realworld", reader.read(page), extractor, line -> line);
            }
        }
        addFolder(lines, "pdftext", Path.of("src/test/resources/pdftext"), reader, extractor);
        CorpusGenerator.generate(new GeneratorSettings(6, 2022, 2023, 17L), generated, line -> { });
        addFolder(lines, "generated", generated.resolve(CorpusGenerator.REPORTS), reader, extractor);
        String corpus = System.getProperty("finsam.dump.corpus", "");
        if (!corpus.isEmpty()) {
            addFolder(lines, "corpus", Path.of(corpus), reader, extractor);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("finsam.dump")),
                StandardCharsets.UTF_8))) {
            lines.forEach(out::println);
        }
    }

    /** Every report under a folder, named by its path below it; an unreadable file is dumped with its reason. */
    private static void addFolder(List<String> lines, String set, Path folder, DocumentReader reader, ReportExtractor extractor)
            throws IOException {
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".csv") && !p.toString().endsWith(".py")
                    && !p.endsWith("README.md")).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            try {
                TextDocument doc = reader.read(file);
                add(lines, set, new TextDocument(name, doc.format(), doc.lines(), doc.pages()), extractor, line -> line);
            } catch (UnreadableDocumentException e) {
                lines.add(set + " " + name + " | unreadable " + e.reason());
            } catch (RuntimeException e) {
                lines.add(set + " " + name + " | failed " + e);
            }
        }
    }

    private static void add(List<String> lines, String set, TextDocument doc, ReportExtractor extractor,
                            UnaryOperator<String> rewrite) throws IOException {
        ExtractionResult r = extractor.extract(new TextDocument(doc.sourceName(), doc.format(),
                doc.lines().stream().map(rewrite).toList()));
        String id = set + " " + doc.sourceName();
        lines.add(id + " | info " + r.info());
        r.problems().forEach(p -> lines.add(id + " | problem " + p));
        List<String> facts = new ArrayList<>();
        for (Fact f : r.facts()) {
            facts.add(String.format(Locale.ROOT, "%s | fact %s %s %s %s %.4f %s line %d rank %d prec %.4f conf %.3f %s",
                    id, f.concept(), f.member(), f.periodEnd(), f.scenario().id(), f.value(), f.unit().id(), f.sourceLine(),
                    f.rank(), f.precision(), f.confidence(), f.origin()));
        }
        facts.sort(null);
        lines.addAll(facts);
        r.interventions().forEach(i -> lines.add(id + " | insats " + i));
    }
}
