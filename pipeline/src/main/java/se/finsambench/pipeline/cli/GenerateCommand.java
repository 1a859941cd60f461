package se.finsambench.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.generate.CorpusGenerator;
import se.finsambench.pipeline.generate.CorpusSummary;
import se.finsambench.pipeline.generate.GeneratorSettings;

/** {@code finsambench generate --out DIR [--associations N] [--years FROM-TO] [--seed S]}. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a deterministic corpus of fictional reports (annual reports, interim reports, board minutes)",
            "with their ground truth: DIR/reports/*, DIR/truth.csv (gold format plus layout and flaw), DIR/documents.csv."})
final class GenerateCommand implements Callable<Integer> {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the corpus into.")
    Path out;

    @Option(names = "--associations", paramLabel = "N", description = "Number of associations (default: 75).")
    Integer associations;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "Fiscal years (default: 2019-2024).")
    String years;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same files.")
    Long seed;

    @Override
    public Integer call() {
        GeneratorSettings defaults = GeneratorSettings.defaults();
        int from = defaults.fromYear();
        int to = defaults.toYear();
        if (years != null) {
            Matcher m = YEARS.matcher(years.strip());
            if (!m.matches()) {
                throw new ParameterException(spec.commandLine(), "--years must look like 2019-2024: " + years);
            }
            from = Integer.parseInt(m.group(1));
            to = Integer.parseInt(m.group(2));
        }
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(associations == null ? defaults.associations() : associations, from, to,
                    seed == null ? defaults.seed() : seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        CorpusSummary summary = CorpusGenerator.generate(settings, out, line -> {
            synchronized (err) {
                err.print("\r" + line);
                err.flush();
            }
        });
        err.println();
        spec.commandLine().getOut().println("Wrote " + summary.describe() + " to " + out);
        return 0;
    }
}
