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

/**
 * Every fact of the seeds (as text and with tabs turned to spaces), the real-world pages and a small
 * generated corpus, one sorted line each, written to {@code -Dfinsam.dump=FILE}: refactorings of the
 * extractor are checked by diffing two dumps ({@code mvn -pl pipeline test -Dtest=FactDump -Dfinsam.dump=/tmp/a.txt}).
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
        CorpusGenerator.generate(new GeneratorSettings(6, 2022, 2023, 17L), generated, line -> { });
        try (var reports = Files.list(generated.resolve(CorpusGenerator.REPORTS))) {
            for (Path report : reports.sorted().toList()) {
                add(lines, "generated", reader.read(report), extractor, line -> line);
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("finsam.dump")),
                StandardCharsets.UTF_8))) {
            lines.forEach(out::println);
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
