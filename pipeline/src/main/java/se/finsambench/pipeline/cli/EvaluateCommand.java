package se.finsambench.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.evaluate.FolderExtraction;
import se.finsambench.pipeline.evaluate.GoldEvaluation;
import se.finsambench.pipeline.evaluate.GoldRow;
import se.finsambench.pipeline.evaluate.LakeResults;
import se.finsambench.pipeline.evaluate.TruthRow;
import se.finsambench.pipeline.evaluate.TruthScore;
import se.finsambench.pipeline.evaluate.TruthScorer;
import se.finsambench.pipeline.extract.ExtractionResult;
import se.finsambench.pipeline.extract.ReportExtractor;
import se.finsambench.pipeline.read.SourceManifest;

/**
 * {@code finsambench evaluate}: how much of known figures the extractor finds. Either a lake against a
 * generated corpus's truth.csv, or any folder of reports against a gold file in the seeds' format.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Measure extraction against known figures: recall and conflicting (wrong preferred) values.",
            "  --corpus DIR --lake DIR   a lake against a generated corpus's truth.csv, per concept, layout family and format",
            "  --gold FILE --input DIR   any folder of reports against a gold file (columns of shared/gold/seeds.csv),",
            "                            per document and per layout (from the folder's sources.csv 'layout' column);",
            "                            documents gold lists no figure for count the money facts read from them"})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Truth truth;

        @ArgGroup(exclusive = false)
        Gold gold;
    }

    static final class Truth {
        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Generated corpus (holds truth.csv).")
        Path corpus;

        @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Lake written by ingest.")
        Path lake;
    }

    static final class Gold {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold figures (CSV in the seeds' format).")
        Path file;

        @Option(names = "--input", required = true, paramLabel = "DIR", description = "Folder of report files.")
        Path input;
    }

    @Option(names = "--misses", defaultValue = "20", paramLabel = "N", description = "Worst misses to list (default ${DEFAULT-VALUE}).")
    int misses;

    @Option(names = "--details", description = "With --gold: list every missed gold figure under its document.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        return mode.gold != null ? againstGold(mode.gold) : againstTruth(mode.truth);
    }

    private int againstGold(Gold gold) throws IOException {
        if (!Files.isRegularFile(gold.file)) {
            throw new ParameterException(spec.commandLine(), "No such gold file: " + gold.file);
        }
        if (!Files.isDirectory(gold.input)) {
            throw new ParameterException(spec.commandLine(), "No such input folder: " + gold.input);
        }
        List<GoldRow> rows;
        try (var reader = Files.newBufferedReader(gold.file)) {
            rows = GoldRow.read(reader);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), "Not a gold file (" + e.getMessage() + "): " + gold.file);
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, ExtractionResult> results = FolderExtraction.extract(gold.input, ReportExtractor.withDefaults(),
                skipped -> err.println("skipped " + skipped));
        SourceManifest manifest = SourceManifest.of(gold.input);
        GoldEvaluation evaluation = GoldEvaluation.of(rows, results,
                path -> manifest.find(path).map(SourceManifest.Source::layout).orElse(null));
        PrintWriter out = spec.commandLine().getOut();
        out.print(evaluation.report(details));
        GoldEvaluation.unmatchedGoldFiles(rows, results).forEach(f -> err.println("gold names a file not in the folder: " + f));
        out.flush();
        err.flush();
        return 0;
    }

    private int againstTruth(Truth truth) throws Exception {
        Path truthFile = truth.corpus.resolve("truth.csv");
        if (!Files.isRegularFile(truthFile)) {
            throw new ParameterException(spec.commandLine(), "No truth.csv in " + truth.corpus + " (make one with finsambench generate)");
        }
        List<TruthRow> rows;
        try (var reader = Files.newBufferedReader(truthFile)) {
            rows = TruthRow.read(reader);
        }
        Map<String, ExtractionResult> results = LakeResults.byFileName(truth.lake);
        TruthScore score = TruthScorer.score(rows, results);
        PrintWriter out = spec.commandLine().getOut();
        out.print(TruthScore.table("concept", score.byConcept()));
        out.print(TruthScore.table("layout family", score.byLayout()));
        out.print(TruthScore.table("format", score.byFormat()));
        out.printf(Locale.ROOT, "overall: %d/%d found = %.1f %%, %d conflicting%n", score.overall().found(),
                score.overall().total(), 100 * score.overall().recall(), score.overall().conflicts());
        out.println("worst misses:");
        score.failures().stream().limit(misses).forEach(o -> out.println("  " + o.row().gold().file() + " [" + o.row().layout()
                + "] " + o.row().gold().periodEnd() + " " + o.row().gold().scenario() + " " + o.row().gold().concept() + " "
                + o.row().gold().member() + " = " + o.row().gold().value() + (o.detail().isEmpty() ? "  missed" : "  " + o.detail())));
        out.flush();
        return 0;
    }
}
