package se.finsambench.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.evaluate.LakeResults;
import se.finsambench.pipeline.evaluate.TruthRow;
import se.finsambench.pipeline.evaluate.TruthScore;
import se.finsambench.pipeline.evaluate.TruthScorer;
import se.finsambench.pipeline.extract.ExtractionResult;

/** {@code finsambench evaluate}: how much of a generated corpus's ground truth the lake holds. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare the lake with a generated corpus's truth.csv: recall and conflicting values per concept, "
                + "layout family and format, and the worst misses.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Generated corpus (holds truth.csv).")
    Path corpus;

    @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Lake written by ingest.")
    Path lake;

    @Option(names = "--misses", defaultValue = "20", paramLabel = "N", description = "Worst misses to list (default ${DEFAULT-VALUE}).")
    int misses;

    @Override
    public Integer call() throws Exception {
        Path truthFile = corpus.resolve("truth.csv");
        if (!Files.isRegularFile(truthFile)) {
            throw new ParameterException(spec.commandLine(), "No truth.csv in " + corpus + " (make one with finsambench generate)");
        }
        List<TruthRow> truth;
        try (var reader = Files.newBufferedReader(truthFile)) {
            truth = TruthRow.read(reader);
        }
        Map<String, ExtractionResult> results = LakeResults.byFileName(lake);
        TruthScore score = TruthScorer.score(truth, results);
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
