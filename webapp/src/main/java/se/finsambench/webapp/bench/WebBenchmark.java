package se.finsambench.webapp.bench;

import java.util.List;

/** One benchmark of the web app: runs its cases a few times and returns the figures. */
interface WebBenchmark {

    /** The name used by {@code --only}. */
    String name();

    List<Measurement> run(BenchSettings settings) throws Exception;
}
