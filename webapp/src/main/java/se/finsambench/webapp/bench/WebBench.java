package se.finsambench.webapp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The web app's benchmarks, run by {@code finsambench bench} after the pipeline's: the JSON API under load
 * (wrk, {@code api}) and the SQL workbench's overhead over DuckDB JDBC ({@code sql}). Prints the same table as
 * the pipeline's benchmarks and writes it as CSV.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = "Benchmarks the web app: API under load with wrk (api) and SQL overhead (sql).")
public final class WebBench implements Callable<Integer> {

    static List<WebBenchmark> all() {
        return List.of(new ApiLoadBench(), new SqlOverheadBench());
    }

    @Option(names = "--home", paramLabel = "DIR", hidden = true, defaultValue = "${sys:finsambench.home:-.}")
    Path home;

    @Option(names = "--lake", paramLabel = "DIR",
            description = "Published lake to serve (default: data/demo/lake under the project root; `finsambench demo` makes it).")
    Path lake;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Run only these benchmarks: api, sql (names of the pipeline's benchmarks are ignored here).")
    List<String> only;

    @Option(names = "--quick", description = "Short wrk runs and few repetitions: checks that every benchmark works (CI).")
    boolean quick;

    @Option(names = "--runs", paramLabel = "N", description = "Repetitions per figure (default: 3, or 1 with --quick).")
    Integer runs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${sys:java.io.tmpdir}/finsambench-bench",
            description = "Scratch folder (wrk scripts, the generated 10-million-row facts, a throwaway lake); kept so"
                    + " the facts are generated once (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/bench/webapp.csv",
            description = "CSV file for the results (default: ${DEFAULT-VALUE}, under the project root).")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WebBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<WebBenchmark> chosen = chosen();
        if (chosen.isEmpty()) {
            return 0;
        }
        Path root = home.toAbsolutePath().normalize();
        Path lakeDir = (lake != null ? lake : root.resolve("data/demo/lake")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(lakeDir.resolve("CURRENT"))) {
            System.err.println("bench: " + lakeDir + " is not a published lake (run `finsambench demo` first, or pass --lake DIR)");
            return 2;
        }
        int n = runs != null ? runs : quick ? 1 : 3;
        if (n < 1) {
            System.err.println("bench: --runs must be at least 1");
            return 2;
        }
        BenchSettings settings = new BenchSettings(n, quick, lakeDir, work.toAbsolutePath().normalize(), System.err);
        Files.createDirectories(settings.work());
        List<Measurement> results = new ArrayList<>();
        for (WebBenchmark b : chosen) {
            settings.progress().println("bench: " + b.name() + "…");
            try {
                results.addAll(b.run(settings));
            } catch (BenchException e) {
                System.err.println("bench " + b.name() + ": " + e.getMessage());
                return 1;
            }
        }
        BenchTable.print(results, System.out);
        Path csv = out.isAbsolute() ? out : root.resolve(out);
        BenchTable.writeCsv(results, csv);
        settings.progress().println("bench: results written to " + csv);
        return 0;
    }

    private List<WebBenchmark> chosen() {
        if (only == null) {
            return all();
        }
        Set<String> wanted = new LinkedHashSet<>(only);
        return all().stream().filter(b -> wanted.contains(b.name())).toList();
    }
}
