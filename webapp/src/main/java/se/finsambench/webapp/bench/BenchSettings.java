package se.finsambench.webapp.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What every web benchmark is given.
 *
 * @param runs     repetitions per figure (the median of these is reported, with min and max)
 * @param quick    short runs: proves the benchmarks work (CI), the figures mean little
 * @param lake     the published lake to serve
 * @param work     scratch folder (wrk scripts, the generated 10-million-row facts, throwaway lakes), kept between runs
 * @param progress where to say what is running (the table goes to standard output)
 */
record BenchSettings(int runs, boolean quick, Path lake, Path work, PrintStream progress) {
}
