package se.finsambench.pipeline.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every benchmark is given.
 *
 * @param runs     repetitions per figure (the median of these is reported)
 * @param quick    small corpora and short runs: proves the benchmarks work (CI), the figures mean little
 * @param work     a scratch folder for generated corpora and lakes, kept between runs so corpora are reused
 * @param home     the project root (the launcher's finsambench.home), to find the launcher and data/
 * @param progress where to say what is running (the table goes to standard output)
 */
public record BenchSettings(int runs, boolean quick, Path work, Path home, PrintStream progress) {
}
