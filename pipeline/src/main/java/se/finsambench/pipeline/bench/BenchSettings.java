package se.finsambench.pipeline.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark is given.
 *
 * @param runs     repetitions per figure (the median of these is reported)
 * @param quick    small corpora and short runs: proves the benchmarks work (CI), the figures mean little
 * @param work     a scratch folder for generated corpora and lakes, kept between runs so corpora are reused
 * @param home     the project root (the launcher's finsambench.home), to find the launcher and data/
 * @param progress where to say what is running (the table goes to standard output)
 * @param ingests  ingest runs already measured in this invocation, by corpus and master: a benchmark that needs
 *                 the same runs (growth after spark) reports them instead of spending minutes on them again
 */
public record BenchSettings(int runs, boolean quick, Path work, Path home, PrintStream progress,
                            Map<String, List<IngestRun>> ingests) {

    public BenchSettings(int runs, boolean quick, Path work, Path home, PrintStream progress) {
        this(runs, quick, work, home, progress, new HashMap<>());
    }

    /** Runs ingest of a corpus {@code runs} times, or returns the runs this invocation already made of it. */
    public List<IngestRun> ingests(Path input, String master, int runs, String lakeName) throws Exception {
        String key = input + "|" + master;
        List<IngestRun> known = ingests.getOrDefault(key, List.of());
        if (known.size() >= runs) {
            return known;
        }
        List<IngestRun> all = new ArrayList<>(known);
        while (all.size() < runs) {
            progress.printf("bench: ingest %s with %s, run %d of %d%n", input, master, all.size() + 1, runs);
            all.add(IngestRun.run(input, work.resolve(lakeName), master, this));
        }
        ingests.put(key, all);
        return all;
    }
}
