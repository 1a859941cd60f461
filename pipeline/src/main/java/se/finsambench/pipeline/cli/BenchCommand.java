package se.finsambench.pipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.finsambench.pipeline.bench.BenchSettings;
import se.finsambench.pipeline.bench.BenchTable;
import se.finsambench.pipeline.bench.Benchmark;
import se.finsambench.pipeline.bench.ExtractionBench;
import se.finsambench.pipeline.bench.GeneratedCorpora;
import se.finsambench.pipeline.bench.GrowthBench;
import se.finsambench.pipeline.bench.IncrementalBench;
import se.finsambench.pipeline.bench.Measurement;
import se.finsambench.pipeline.bench.SparkScalingBench;

/**
 * {@code finsambench bench}: the pipeline's benchmarks (the launcher then runs the web app's). Each figure is
 * the median of repeated runs with min and max; results are printed as a table and written as CSV.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the pipeline benchmarks and print a table (median, min, max of repeated runs).")
final class BenchCommand implements Callable<Integer> {

    static List<Benchmark> all() {
        return List.of(new ExtractionBench(), new SparkScalingBench(), new GrowthBench(), new IncrementalBench());
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", hidden = true, defaultValue = "${sys:finsambench.home:-.}")
    Path home;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these benchmarks (comma-separated); the web app's are api and sql.")
    List<String> only;

    @Option(names = "--quick", description = "Small corpora and few runs: checks that every benchmark works (CI).")
    boolean quick;

    @Option(names = "--runs", paramLabel = "N", description = "Repetitions per figure (default: 5, or 2 with --quick).")
    Integer runs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${sys:java.io.tmpdir}/finsambench-bench",
            description = "Scratch folder for generated corpora and lakes; kept so corpora are reused (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/bench/pipeline.csv",
            description = "CSV file for the results (default: ${DEFAULT-VALUE}, under the project root).")
    Path out;

    @Option(names = "--generate-only", split = ",", paramLabel = "N", hidden = true,
            description = "Only generate corpora of about these sizes into the work folder (to prepare a long run).")
    List<Integer> generateOnly;

    @Override
    public Integer call() throws Exception {
        List<Benchmark> chosen = chosen();
        BenchSettings settings = new BenchSettings(runs != null ? runs : quick ? 2 : 5, quick,
                work.toAbsolutePath(), home.toAbsolutePath(), System.err);
        if (generateOnly != null) {
            for (int size : generateOnly) {
                settings.progress().println("bench: corpus " + GeneratedCorpora.reports(settings, size));
            }
            return 0;
        }
        List<Measurement> results = new ArrayList<>();
        for (Benchmark b : chosen) {
            settings.progress().println("bench: " + b.name() + "…");
            results.addAll(b.run(settings));
        }
        if (!results.isEmpty()) {
            BenchTable.print(results, System.out);
            Path csv = out.isAbsolute() ? out : home.resolve(out);
            BenchTable.writeCsv(results, csv);
            settings.progress().println("bench: results written to " + csv);
        }
        return 0;
    }

    private List<Benchmark> chosen() {
        if (only == null) {
            return all();
        }
        Set<String> wanted = new LinkedHashSet<>(only);
        List<Benchmark> chosen = all().stream().filter(b -> wanted.remove(b.name())).toList();
        wanted.removeAll(List.of("api", "sql")); // the web app's, run by the launcher
        if (!wanted.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown benchmark(s) " + wanted + "; known: "
                    + all().stream().map(Benchmark::name).toList() + ", api, sql");
        }
        return chosen;
    }
}
