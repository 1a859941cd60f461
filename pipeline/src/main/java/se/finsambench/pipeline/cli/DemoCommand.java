package se.finsambench.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.Fact;
import se.finsambench.pipeline.extract.Scenario;

/**
 * {@code finsambench demo}: for now, extracts the bundled sample reports and shows the main figures.
 * Stand-in until generate → ingest → serve exist; keep it small, it will be replaced.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Extract the sample reports in data/samples and show the main figures of each.")
final class DemoCommand implements Callable<Integer> {

    private static final Set<String> MAIN_CONCEPTS =
            Set.of("revenue_total", "costs_total", "result", "equity", "participants_total");
    private static final List<String> COLUMNS =
            List.of("concept", "member", "value", "unit", "source_line", "source_text");

    @Spec
    CommandSpec spec;

    // The launcher passes the project root as finsambench.home; relative to the cwd otherwise.
    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of sample reports (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:finsambench.home:-.}/data/samples")
    Path samples;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(samples)) {
            throw new ParameterException(spec.commandLine(), "No such folder: " + samples);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(samples)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
        FileExtractor extractor = new FileExtractor(spec.commandLine().getErr());
        try (FactRowWriter writer = new FactRowWriter(OutputFormat.table, spec.commandLine().getOut(), COLUMNS)) {
            for (Path file : files) {
                extractor.extract(file).ifPresent(result ->
                        writer.writeDocument(file.toString(), result, mainFigures(result)));
            }
        }
        return 0;
    }

    /** Rank-1 actuals of the headline concepts for the document's own period. */
    private static List<Fact> mainFigures(ExtractionResult result) {
        return result.facts().stream()
                .filter(fact -> fact.rank() == 1 && fact.scenario() == Scenario.ACTUAL)
                .filter(fact -> MAIN_CONCEPTS.contains(fact.concept()) && fact.member().isEmpty())
                .filter(fact -> fact.periodEnd() != null && fact.periodEnd().equals(result.info().periodEnd()))
                .toList();
    }
}
