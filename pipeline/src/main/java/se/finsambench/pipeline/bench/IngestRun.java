package se.finsambench.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code finsambench ingest} in a child JVM, as a user runs it (Spark starts and stops with it), with a
 * fixed heap limit: its wall time, the stage times, CPU and the driver's peak heap from the run manifest, and
 * the size of the published snapshot.
 *
 * @param wallSeconds   the child process from start to exit, Spark start-up included
 * @param stageMillis   the manifest's stage wall times
 * @param stageCpuMillis the manifest's stage CPU times (all threads)
 * @param peakHeapBytes the driver's peak heap use
 * @param lakeBytes     bytes of Parquet and DuckDB files in the published snapshot
 */
public record IngestRun(double wallSeconds, Map<String, Long> stageMillis, Map<String, Long> stageCpuMillis,
                        long peakHeapBytes, long lakeBytes) {

    /** Heap given to the child: the bound for the driver, so a run that needs more fails. */
    static final String HEAP = "-Xmx1g";

    /** Runs ingest of {@code input} into a new lake at {@code lake} (deleted first) with the given master. */
    public static IngestRun run(Path input, Path lake, String master, BenchSettings settings, String... extraArgs)
            throws IOException, InterruptedException {
        GeneratedCorpora.deleteRecursively(lake);
        return again(input, lake, master, settings, extraArgs);
    }

    /** Runs ingest into an existing lake (for re-ingest). */
    public static IngestRun again(Path input, Path lake, String master, BenchSettings settings, String... extraArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("se.finsambench.pipeline.cli.FinsamBench", "ingest", "--input", input.toString(),
                "--lake", lake.toString(), "--master", master));
        command.addAll(List.of(extraArgs));
        Path log = settings.work().resolve("ingest.log");
        Files.createDirectories(settings.work());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("ingest failed (exit " + code + "), see " + log + ":\n"
                    + tail(Files.readString(log)));
        }
        JsonNode manifest = latestManifest(lake);
        Path snapshot = Path.of(manifest.get("snapshot").asText().replaceFirst("^file:", ""));
        return new IngestRun(wall, longs(manifest.get("stage_millis")), longs(manifest.get("stage_cpu_millis")),
                manifest.get("driver_peak_heap_bytes").asLong(), bytesUnder(snapshot));
    }

    /** Sum of the stage wall times: the job without JVM and Spark start-up. */
    public double jobSeconds() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
    }

    /** This JVM's java binary, options (heap replaced by {@link #HEAP}) and class path: the child runs the same build. */
    static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-XX:StartFlightRecording") && !arg.startsWith("-agentlib")) {
                command.add(arg);
            }
        }
        command.add(HEAP);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    private static JsonNode latestManifest(Path lake) throws IOException {
        try (Stream<Path> runs = Files.list(lake.resolve("_runs"))) {
            Path newest = runs.filter(f -> f.toString().endsWith(".json")).max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IOException("no run manifest in " + lake));
            return new ObjectMapper().readTree(newest.toFile());
        }
    }

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> map = new LinkedHashMap<>();
        if (object != null) {
            object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
        }
        return map;
    }

    static long bytesUnder(Path folder) throws IOException {
        return GeneratedCorpora.countAndBytes(folder)[1];
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
