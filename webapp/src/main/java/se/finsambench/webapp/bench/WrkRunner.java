package se.finsambench.webapp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs wrk as a child process against the in-process server and reads its result line. */
final class WrkRunner {

    static final String MISSING = "wrk is not installed (install wrk: apt-get install wrk)";

    private final Path work;

    WrkRunner(Path work) {
        this.work = work;
    }

    /** Fails with the install hint when there is no wrk on the PATH. */
    static void requireInstalled() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new BenchException(MISSING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while looking for wrk");
        }
    }

    /** {@code connections} connections (on at most two wrk threads: the machine has two cores) for {@code duration}. */
    WrkResult run(String baseUrl, List<String> paths, int connections, Duration duration) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path script = Files.createTempFile(work, "wrk-", ".lua");
        try {
            Files.writeString(script, WrkScript.cycling(paths), StandardCharsets.UTF_8);
            int threads = Math.min(2, connections);
            List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                    "--timeout", "10s", "-s", script.toString(), baseUrl);
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new BenchException(MISSING);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BenchException("wrk did not finish: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new BenchException("wrk failed (exit " + p.exitValue() + "): " + out.strip());
            }
            return WrkResult.parse(out).orElseThrow(() -> new BenchException("wrk printed no result line: " + out.strip()));
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
