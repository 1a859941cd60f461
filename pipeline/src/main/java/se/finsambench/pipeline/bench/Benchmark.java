package se.finsambench.pipeline.bench;

import java.util.List;

/** One benchmark of {@code finsambench bench}: runs its cases a few times and returns the figures. */
public interface Benchmark {

    /** The name used by {@code --only}. */
    String name();

    List<Measurement> run(BenchSettings settings) throws Exception;
}
