package se.finsambench.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code finsambench demo}: the national demo lake, ready to serve — the generated corpus in
 * {@code data/demo/corpus} (made when missing) ingested into {@code data/demo/lake} (again when the
 * corpus is newer). The launcher then starts the web app on that lake.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the demo corpus if missing and ingest it into data/demo/lake (the launcher then serves it).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // The launcher passes the project root as finsambench.home; relative to the cwd otherwise.
    @Option(names = "--home", paramLabel = "DIR", hidden = true, defaultValue = "${sys:finsambench.home:-.}")
    Path home;

    @Option(names = "--regenerate", description = "Make the corpus and the lake anew.")
    boolean regenerate;

    @Option(names = "--associations", paramLabel = "N", description = "Associations in a new corpus (default: the generator's).")
    Integer associations;

    @Option(names = "--years", paramLabel = "FROM-TO", description = "Years of a new corpus (default: the generator's).")
    String years;

    @Override
    public Integer call() throws IOException {
        Path corpus = home.resolve("data/demo/corpus");
        Path lake = home.resolve("data/demo/lake");
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.commandLine().getParent();
        long start = System.nanoTime();
        if (regenerate || !Files.exists(corpus.resolve("truth.csv"))) {
            List<String> args = new ArrayList<>(List.of("generate", "--out", corpus.toString()));
            if (associations != null) {
                args.addAll(List.of("--associations", associations.toString()));
            }
            if (years != null) {
                args.addAll(List.of("--years", years));
            }
            int code = root.execute(args.toArray(String[]::new));
            if (code != 0) {
                return code;
            }
        }
        long generated = System.nanoTime();
        if (regenerate || isOlder(lake.resolve("CURRENT"), corpus.resolve("truth.csv"))) {
            int code = root.execute("ingest", "--input", corpus.resolve("reports").toString(), "--lake", lake.toString());
            if (code != 0) {
                return code;
            }
        } else {
            out.println("The demo lake is up to date: " + lake);
        }
        long ingested = System.nanoTime();
        out.printf(Locale.ROOT, "Demo lake ready in %.1f s (corpus %.1f s, ingest %.1f s): %s%n",
                (ingested - start) / 1e9, (generated - start) / 1e9, (ingested - generated) / 1e9, lake);
        out.flush();
        return 0;
    }

    private static boolean isOlder(Path file, Path than) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        FileTime a = Files.getLastModifiedTime(file);
        return a.compareTo(Files.getLastModifiedTime(than)) < 0;
    }
}
